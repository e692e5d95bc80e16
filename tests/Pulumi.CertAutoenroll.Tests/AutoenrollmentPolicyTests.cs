using Pulumi.CertAutoenroll.Inputs;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class AutoenrollmentPolicyTests
{
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";

    [Fact]
    public async Task Constructor_Args_RegistersTheSchemaInputNames()
    {
        // Arrange
        var args = new AutoenrollmentPolicyArgs
        {
            GpoName = "Default Domain Policy",
            Scope = PolicyScope.User,
            ConfigurationModel = ConfigurationModel.Enabled,
            RenewExpiredCertificates = true,
            UpdateCertificatesThatUseTemplates = true,
            ExpirationNotification = new ExpirationNotificationArgs { Percentage = 10, Stores = { "MY" } },
        };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new AutoenrollmentPolicy("policy", args));

        // Assert
        Assert.Equal(
            ["configurationModel", "expirationNotification", "gpoName", "renewExpiredCertificates", "scope", "updateCertificatesThatUseTemplates"],
            run.Single(PolicyType).Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Utilities.Version, run.OptionsOf(PolicyType).Version);
    }

    [Fact]
    public async Task Outputs_ProviderState_AreReadBackTyped()
    {
        // Arrange
        var args = new AutoenrollmentPolicyArgs { GpoName = "Default Domain Policy", Scope = PolicyScope.Computer };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new AutoenrollmentPolicy("policy", args));

        // Assert
        var policy = run.Created;
        Assert.Equal($"{RecordingMocks.DefaultDomainPolicyId}/Computer", await OutputUtilities.GetValueAsync(policy.Id));
        Assert.Equal(PolicyScope.Computer, await OutputUtilities.GetValueAsync(policy.Scope));
        Assert.Equal(RecordingMocks.EnabledWithBothBoxes, await OutputUtilities.GetValueAsync(policy.AePolicy));
        Assert.Empty(await OutputUtilities.GetValueAsync(policy.UnmanagedValues));
        Assert.Null(await OutputUtilities.GetValueAsync(policy.ExpirationNotification));
    }
}
