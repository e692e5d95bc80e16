using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class CertificateTemplateAccessTests
{
    private const string AccessType = "certautoenroll:index:CertificateTemplateAccess";

    [Fact]
    public async Task Constructor_Args_RegistersTheSchemaInputNames()
    {
        // Arrange
        var args = new CertificateTemplateAccessArgs { Template = "User", Principal = @"LAB\Domain Users", Enroll = true, Autoenroll = true, Read = false };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new CertificateTemplateAccess("user-template", args));

        // Assert
        var inputs = run.Single(AccessType).Inputs;
        Assert.Equal(["autoenroll", "enroll", "principal", "read", "template"], inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(@"LAB\Domain Users", inputs["principal"]);
        Assert.Equal(false, inputs["read"]);
        Assert.Equal(Utilities.Version, run.OptionsOf(AccessType).Version);
    }

    [Fact]
    public async Task Outputs_ProviderState_AreReadBackTyped()
    {
        // Arrange
        var args = new CertificateTemplateAccessArgs { Template = "User", Principal = @"LAB\Domain Users" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new CertificateTemplateAccess("user-template", args));

        // Assert
        var access = run.Created;
        Assert.Equal($"User/{RecordingMocks.DomainUsersSid}", await OutputUtilities.GetValueAsync(access.Id));
        Assert.Equal(RecordingMocks.DomainUsersSid, await OutputUtilities.GetValueAsync(access.PrincipalSid));
        Assert.StartsWith("CN=User,CN=Certificate Templates,", await OutputUtilities.GetValueAsync(access.TemplateDn), StringComparison.Ordinal);
        Assert.Empty(await OutputUtilities.GetValueAsync(access.OtherAccess));
    }

    [Fact]
    public async Task Constructor_NoPrincipal_FailsNamingPrincipal()
    {
        // Arrange
        var args = new CertificateTemplateAccessArgs { Template = "User" };

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() => new CertificateTemplateAccess("user-template", args)));

        // Assert
        Assert.Contains("CertificateTemplateAccessArgs.Principal is required", error.ToString(), StringComparison.Ordinal);
    }
}
