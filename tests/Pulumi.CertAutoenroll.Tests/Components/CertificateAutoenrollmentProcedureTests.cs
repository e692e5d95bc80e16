using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests.Components;

/// <summary>The rest of the seed's procedure through the components: Gpo, LinkTo, Templates and Principal.</summary>
[Collection(PulumiDeploymentCollection.Name)]
public sealed class CertificateAutoenrollmentProcedureTests
{
    private const string GpoType = "certautoenroll:index:GroupPolicy";
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    private const string LinkType = "certautoenroll:index:GroupPolicyLink";
    private const string AccessType = "certautoenroll:index:CertificateTemplateAccess";
    private const string ProviderType = "pulumi:providers:certautoenroll";
    private const string Staff = "OU=Staff,DC=lab,DC=test";
    private const string Workstations = "OU=Workstations,DC=lab,DC=test";

    [Fact]
    public async Task Constructor_Gpo_CreatesOneChildGroupPolicyWithThatName()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - User Autoenrollment" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var gpo = run.Single(GpoType);
        Assert.Equal("users", gpo.Name);
        Assert.Equal(["name"], gpo.Inputs.Keys);
        Assert.Equal("PKI - User Autoenrollment", gpo.Inputs["name"]);
        Assert.NotNull(run.Created.OwnedGpo);
        Assert.Same(run.Created, run.OptionsOf(run.Created.OwnedGpo).Parent);
        Assert.Equal(CertAutoenroll.Utilities.Version, run.OptionsOf(GpoType).Version);
    }

    [Fact]
    public async Task Constructor_Gpo_PolicyUsesTheCreatedGpoIdAndDependsOnTheGpo()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - User Autoenrollment" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var policy = run.Single(PolicyType);
        Assert.Equal(RecordingMocks.CreatedGpoId, policy.Inputs["gpoId"]);
        Assert.False(policy.Inputs.ContainsKey("gpoName"));
        var policyArgs = Assert.IsType<AutoenrollmentPolicyArgs>(run.ArgsOf(run.Created.Policy));
        var dependencies = await OutputUtilities.GetDependenciesAsync(policyArgs.GpoId!.ToOutput());
        Assert.Contains(run.Created.OwnedGpo!, dependencies);
        Assert.Equal(RecordingMocks.CreatedGpoId, await OutputUtilities.GetValueAsync(run.Created.GpoId));
    }

    [Fact]
    public async Task Constructor_NoGpo_CreatesNoGroupPolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Empty(run.Mocks.OfType(GpoType));
        Assert.Null(run.Created.OwnedGpo);
        Assert.Empty(run.Created.Links);
        Assert.Empty(run.Created.TemplateAccess);
    }

    [Fact]
    public async Task Constructor_GpoAndLinkTo_LinksTheCreatedGpoToEachTargetAfterThePolicy()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Computers", LinkTo = { Workstations, "DC=lab,DC=test" } };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        Assert.Equal(2, run.Created.Links.Count);
        var workstations = run.Named(LinkType, $"computers-{Workstations}");
        Assert.Equal(Workstations, workstations.Inputs["target"]);
        Assert.Equal(RecordingMocks.CreatedGpoId, workstations.Inputs["gpoId"]);
        Assert.False(workstations.Inputs.ContainsKey("gpoName"));
        Assert.Equal("DC=lab,DC=test", run.Named(LinkType, "computers-DC=lab,DC=test").Inputs["target"]);
        foreach (var link in run.Created.Links)
        {
            var options = run.OptionsOf(link);
            Assert.Same(run.Created, options.Parent);
            Assert.Contains(run.Created.Policy, await OutputUtilities.GetValueAsync(options.DependsOn.ToOutput()));
        }
    }

    [Fact]
    public async Task Constructor_ExistingGpoNameAndLinkTo_LinksByName()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Users", LinkTo = { Staff } };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var link = run.Single(LinkType);
        Assert.Equal("PKI - Users", link.Inputs["gpoName"]);
        Assert.False(link.Inputs.ContainsKey("gpoId"));
        Assert.Equal(Staff, link.Inputs["target"]);
    }

    [Fact]
    public async Task Constructor_ExistingGpoIdAndLinkTo_LinksById()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoId = RecordingMocks.DefaultDomainPolicyId, LinkTo = { Staff } };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(RecordingMocks.DefaultDomainPolicyId, run.Single(LinkType).Inputs["gpoId"]);
    }

    [Fact]
    public async Task Constructor_TemplatesWithConnection_GrantsDomainUsersOfTheUsernamesDomain()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs
        {
            Gpo = "PKI - Users",
            Templates = { "User", "EFS" },
            Connection = new ConnectionArgs { Host = "127.0.0.1", Username = @"LAB\Administrator", Password = "Pa55w0rd!" },
        };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(2, run.Created.TemplateAccess.Count);
        var user = run.Named(AccessType, "users-User");
        Assert.Equal("User", user.Inputs["template"]);
        Assert.Equal(@"LAB\Domain Users", user.Inputs["principal"]);
        Assert.Equal(true, user.Inputs["enroll"]);
        Assert.Equal(true, user.Inputs["autoenroll"]);
        Assert.Equal(true, user.Inputs["read"]);
        Assert.Equal("EFS", run.Named(AccessType, "users-EFS").Inputs["template"]);
        Assert.All(run.Created.TemplateAccess, access => Assert.Same(run.Created, run.OptionsOf(access).Parent));
    }

    [Fact]
    public async Task Constructor_TemplatesOnComputerComponent_GrantsDomainComputers()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Computers", Templates = { "Machine" }, NetBiosDomain = "CORP" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        Assert.Equal(@"CORP\Domain Computers", run.Single(AccessType).Inputs["principal"]);
    }

    [Theory]
    [InlineData(@"CORP\PKI Users", @"CORP\PKI Users")]
    [InlineData("pki-users@corp.example", "pki-users@corp.example")]
    [InlineData(RecordingMocks.DomainUsersSid, RecordingMocks.DomainUsersSid)]
    [InlineData("PKI Users", @"LAB\PKI Users")]
    public async Task Constructor_Principal_IsQualifiedOnlyWhenBare(string principal, string expected)
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Users", Templates = { "User" }, Principal = principal, NetBiosDomain = "LAB" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(expected, run.Single(AccessType).Inputs["principal"]);
    }

    [Fact]
    public async Task Constructor_TemplatesWithProviderInOptions_TakesTheDomainFromItsUsername()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Users", Templates = { "User" } };

        // Act
        var run = await PulumiTestHost.RunAsync(() =>
        {
            var dc = new Provider("dc", new ProviderArgs { Host = "dc01.corp.example", Username = @"CORP\gpo-admin" });
            return new UserCertificateAutoenrollment("users", args, new ComponentResourceOptions { Provider = dc });
        });

        // Assert
        Assert.Equal(@"CORP\Domain Users", run.Single(AccessType).Inputs["principal"]);
    }

    [Fact]
    public async Task Constructor_TemplatesWithDefaultProvider_TakesTheDomainFromTheEnvironmentUsername()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_USERNAME", @"CORP\gpo-admin"));
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Users", Templates = { "User" } };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(@"CORP\Domain Users", run.Single(AccessType).Inputs["principal"]);
    }

    [Fact]
    public async Task Constructor_TemplatesWithUpnUsername_FailsAskingForNetBiosDomain()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs
        {
            GpoName = "PKI - Users",
            Templates = { "User" },
            Connection = new ConnectionArgs { Host = "dc01.corp.example", Username = "gpo-admin@corp.example" },
        };

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args)));

        // Assert
        Assert.Contains("'gpo-admin@corp.example' is not DOMAIN\\user", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("set NetBiosDomain", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_TemplatesWithoutAnyUsername_ThrowsAskingForNetBiosDomain()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_USERNAME", null));
        var args = new CertificateAutoenrollmentArgs { GpoName = "PKI - Users", Templates = { "User" } };

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args)));

        // Assert
        Assert.Contains("Templates needs the domain of Principal 'Domain Users'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("set NetBiosDomain", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_WholeProcedureWithConnection_EveryChildUsesTheOwnedProvider()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs
        {
            Gpo = "PKI - Users",
            LinkTo = { Staff },
            Templates = { "User" },
            Connection = new ConnectionArgs { Host = "127.0.0.1", Username = @"LAB\Administrator" },
        };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var providerUrn = await OutputUtilities.GetValueAsync(run.Created.OwnedProvider!.Urn);
        foreach (var type in new[] { GpoType, PolicyType, LinkType, AccessType })
        {
            Assert.Equal($"{providerUrn}::provider-id", run.Single(type).Provider);
        }

        Assert.Single(run.Mocks.OfType(ProviderType));
    }

    [Fact]
    public async Task Constructor_WholeProcedureWithProviderInOptions_EveryChildInheritsIt()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", LinkTo = { Staff }, Templates = { "User" }, NetBiosDomain = "CORP" };

        // Act
        var run = await PulumiTestHost.RunAsync(() =>
        {
            var dc = new Provider("dc", new ProviderArgs { Host = "dc01.corp.example" });
            return new UserCertificateAutoenrollment("users", args, new ComponentResourceOptions { Provider = dc });
        });

        // Assert
        foreach (var type in new[] { GpoType, PolicyType, LinkType, AccessType })
        {
            Assert.EndsWith("pulumi:providers:certautoenroll::dc::provider-id", run.Single(type).Provider, StringComparison.Ordinal);
        }
    }
}
