using System.Globalization;
using LabDomain;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests.Examples;

/// <summary>examples/LabDomain's program, run under Pulumi.Testing mocks with its default config.</summary>
[Collection(PulumiDeploymentCollection.Name)]
public sealed class LabDomainStackTests
{
    private const string GpoType = "certautoenroll:index:GroupPolicy";
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    private const string LinkType = "certautoenroll:index:GroupPolicyLink";
    private const string AccessType = "certautoenroll:index:CertificateTemplateAccess";
    private const string ProviderType = "pulumi:providers:certautoenroll";

    [Fact]
    public async Task Declare_DefaultConfig_DeclaresTheWholeProcedureInOneComponent()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_PASSWORD", null), ("CERTAUTOENROLL_USERNAME", null));

        // Act
        var run = await PulumiTestHost.RunAsync(LabDomainStack.Declare);

        // Assert
        var component = Assert.Single(run.Mocks.Resources, r => r.Type?.EndsWith("CertificateAutoenrollment", StringComparison.Ordinal) == true);
        Assert.Equal(CertAutoenroll.Components.UserCertificateAutoenrollment.TypeToken, component.Type);
        Assert.Equal("CertAutoenroll Lab", run.Single(GpoType).Inputs["name"]);
        var policy = run.Single(PolicyType).Inputs;
        Assert.Equal(RecordingMocks.CreatedGpoId, policy["gpoId"]);
        Assert.Equal("User", policy["scope"]);
        Assert.Equal("Enabled", policy["configurationModel"]);
        var notification = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(policy["expirationNotification"]);
        Assert.Equal(10, Convert.ToInt32(notification["percentage"], CultureInfo.InvariantCulture));
        var link = run.Single(LinkType).Inputs;
        Assert.Equal("OU=Staff,DC=lab,DC=test", link["target"]);
        Assert.Equal(RecordingMocks.CreatedGpoId, link["gpoId"]);
        var access = run.Single(AccessType).Inputs;
        Assert.Equal("User", access["template"]);
        Assert.Equal(@"LAB\Domain Users", access["principal"]);
        Assert.Equal(true, access["enroll"]);
        Assert.Equal(true, access["autoenroll"]);
    }

    [Fact]
    public async Task Declare_DefaultConfig_TalksToTheLabThroughOneOwnedProvider()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_PASSWORD", null));

        // Act
        var run = await PulumiTestHost.RunAsync(LabDomainStack.Declare);

        // Assert
        var provider = run.Single(ProviderType);
        Assert.Equal("lab-users", provider.Name);
        Assert.Equal("127.0.0.1", provider.Inputs["host"]);
        Assert.Equal("55985", provider.Inputs["port"]);
        Assert.Equal("http", provider.Inputs["scheme"]);
        Assert.Equal("ntlm", provider.Inputs["auth"]);
        Assert.Equal(@"LAB\Administrator", provider.Inputs["username"]);
        Assert.Equal("lab.test", provider.Inputs["domain"]);
        foreach (var type in new[] { GpoType, PolicyType, LinkType, AccessType })
        {
            Assert.EndsWith("pulumi:providers:certautoenroll::lab-users::provider-id", run.Single(type).Provider, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Declare_DefaultConfig_ExportsTheGpoLinkAndPrincipal()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_PASSWORD", null));

        // Act
        var run = await PulumiTestHost.RunAsync(LabDomainStack.Declare);

        // Assert
        var outputs = run.Created;
        Assert.Equal(["aePolicy", "gpoId", "gpoPath", "linkedTo", "principalSid"], outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RecordingMocks.CreatedGpoId, await OutputUtilities.GetValueAsync((Output<string>)outputs["gpoId"]!));
        Assert.Equal("OU=Staff,DC=lab,DC=test", await OutputUtilities.GetValueAsync((Output<string>)outputs["linkedTo"]!));
        Assert.Equal(RecordingMocks.DomainUsersSid, await OutputUtilities.GetValueAsync((Output<string>)outputs["principalSid"]!));
    }
}
