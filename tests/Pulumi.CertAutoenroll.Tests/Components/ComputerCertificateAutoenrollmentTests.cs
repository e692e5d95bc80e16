using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Inputs;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests.Components;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class ComputerCertificateAutoenrollmentTests
{
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    private const string LabGpoId = "{6AC1786C-016F-11D2-945F-00C04FB984F9}";

    [Fact]
    public async Task Constructor_GpoId_RegistersExactlyOneComputerPolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoId = LabGpoId };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        var policy = run.Single(PolicyType);
        Assert.Equal(LabGpoId, policy.Inputs["gpoId"]);
        Assert.Equal("Computer", policy.Inputs["scope"]);
        Assert.False(policy.Inputs.ContainsKey("gpoName"));
        Assert.Equal(LabGpoId, await OutputUtilities.GetValueAsync(run.Created.GpoId));
    }

    [Fact]
    public async Task Constructor_Always_ParentsThePolicyToTheComponent()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoId = LabGpoId };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        Assert.Same(run.Created, run.OptionsOf(PolicyType).Parent);
        var urn = await OutputUtilities.GetValueAsync(run.Created.Policy.Urn);
        Assert.EndsWith("$certautoenroll:index:AutoenrollmentPolicy::computers", urn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_ExpirationNotificationAndDisabledBox_PassesThemToThePolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs
        {
            GpoName = "CertAutoenroll Lab",
            UpdateCertificatesThatUseTemplates = false,
            ExpirationNotification = new ExpirationNotificationArgs { Percentage = 10, Stores = { "MY" } },
        };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        var inputs = run.Single(PolicyType).Inputs;
        Assert.Equal(false, inputs["updateCertificatesThatUseTemplates"]);
        Assert.Equal(true, inputs["renewExpiredCertificates"]);
        var notification = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(inputs["expirationNotification"]);
        Assert.Equal(10, Convert.ToInt32(notification["percentage"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["MY"], Assert.IsAssignableFrom<IEnumerable<object>>(notification["stores"]));
    }

    [Fact]
    public async Task Constructor_ConfigurationModelDisabled_PassesDisabled()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoId = LabGpoId, ConfigurationModel = ConfigurationModel.Disabled };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        Assert.Equal("Disabled", run.Single(PolicyType).Inputs["configurationModel"]);
    }
}
