using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests.Components;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class UserCertificateAutoenrollmentTests
{
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";

    [Fact]
    public async Task Constructor_GpoName_RegistersExactlyOneUserPolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var policy = run.Single(PolicyType);
        Assert.Equal("users", policy.Name);
        Assert.Equal("Default Domain Policy", policy.Inputs["gpoName"]);
        Assert.Equal("User", policy.Inputs["scope"]);
        Assert.False(policy.Inputs.ContainsKey("gpoId"));
    }

    [Fact]
    public async Task Constructor_DefaultArgs_UsesTheManualProcedureSettings()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var inputs = run.Single(PolicyType).Inputs;
        Assert.Equal("Enabled", inputs["configurationModel"]);
        Assert.Equal(true, inputs["renewExpiredCertificates"]);
        Assert.Equal(true, inputs["updateCertificatesThatUseTemplates"]);
        Assert.False(inputs.ContainsKey("expirationNotification"));
    }

    [Fact]
    public async Task Constructor_Always_ParentsThePolicyToTheComponent()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Same(run.Created, run.OptionsOf(PolicyType).Parent);
        var child = Assert.Single(run.Transformations, t => ReferenceEquals(t.Options.Parent, run.Created));
        Assert.Same(run.Created.Policy, child.Resource);
    }

    [Fact]
    public async Task Constructor_PolicyRegistered_ExposesAndRegistersGpoIdAndAePolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(RecordingMocks.DefaultDomainPolicyId, await OutputUtilities.GetValueAsync(run.Created.GpoId));
        Assert.Equal(RecordingMocks.EnabledWithBothBoxes, await OutputUtilities.GetValueAsync(run.Created.AePolicy));
        var registered = Assert.Single(run.Mocks.RegisteredOutputs, o => o.Urn.EndsWith("UserCertificateAutoenrollment::users", StringComparison.Ordinal));
        Assert.Equal(["aePolicy", "gpoId"], registered.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RecordingMocks.DefaultDomainPolicyId, await OutputUtilities.GetValueAsync(registered.Outputs["gpoId"]));
    }

    [Fact]
    public async Task Constructor_Always_RegistersTheComponentTypeWithoutInputs()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var component = run.Single(UserCertificateAutoenrollment.TypeToken);
        Assert.Empty(component.Inputs);
    }
}
