using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests.Components;

/// <summary>What both components share through <see cref="CertificateAutoenrollment"/>: providers and secrets.</summary>
[Collection(PulumiDeploymentCollection.Name)]
public sealed class CertificateAutoenrollmentTests
{
    private const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    private const string ProviderType = "pulumi:providers:certautoenroll";
    private const string Password = "Pa55w0rd!lab";

    [Fact]
    public async Task Constructor_Connection_OwnsOneChildProviderUsedByThePolicy()
    {
        // Arrange
        var args = LabArgs();

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var provider = run.Single(ProviderType);
        Assert.Equal("users", provider.Name);
        Assert.Equal("127.0.0.1", provider.Inputs["host"]);
        Assert.Equal("http", provider.Inputs["scheme"]);
        Assert.Equal("ntlm", provider.Inputs["auth"]);
        Assert.Same(run.Created, run.OptionsOf(ProviderType).Parent);
        Assert.Same(run.Created.OwnedProvider, run.OptionsOf(PolicyType).Provider);
        var providerUrn = await OutputUtilities.GetValueAsync(run.Created.OwnedProvider!.Urn);
        Assert.Equal($"{providerUrn}::provider-id", run.Single(PolicyType).Provider);
    }

    [Fact]
    public async Task Constructor_NoConnection_RegistersNoProvider()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new ComputerCertificateAutoenrollment("computers", args));

        // Assert
        Assert.Empty(run.Mocks.OfType(ProviderType));
        Assert.Null(run.Created.OwnedProvider);
        Assert.True(string.IsNullOrEmpty(run.Single(PolicyType).Provider));
    }

    [Fact]
    public async Task Constructor_ProviderInOptions_PolicyUsesIt()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };

        // Act
        var run = await PulumiTestHost.RunAsync(() =>
        {
            var dc = new Provider("dc", new ProviderArgs { Host = "dc01.corp.example" });
            return new UserCertificateAutoenrollment("users", args, new ComponentResourceOptions { Provider = dc });
        });

        // Assert
        Assert.Equal("dc", run.Single(ProviderType).Name);
        Assert.Null(run.Created.OwnedProvider);
        Assert.EndsWith("pulumi:providers:certautoenroll::dc::provider-id", run.Single(PolicyType).Provider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Constructor_ConnectionPassword_ReachesTheProviderAsASecret()
    {
        // Arrange
        var args = LabArgs();

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        var registered = run.ArgsOf<ProviderArgs>(ProviderType);
        Assert.NotNull(registered.Password);
        Assert.True(await Output.IsSecretAsync<string>(registered.Password));
        Assert.Equal(Password, run.Single(ProviderType).Inputs["password"]);
    }

    [Fact]
    public async Task Constructor_ConnectionPassword_IsNotAComponentOutput()
    {
        // Arrange
        var args = LabArgs();

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        foreach (var registered in run.Mocks.RegisteredOutputs)
        {
            foreach (var output in registered.Outputs.Values)
            {
                Assert.NotEqual(Password, await OutputUtilities.GetValueAsync(output));
            }
        }

        Assert.DoesNotContain(run.Mocks.Resources, r => r.Type != ProviderType && r.Inputs.Values.Contains(Password));
    }

    [Fact]
    public async Task Constructor_Always_PinsThePluginVersionOnChildren()
    {
        // Arrange
        var args = LabArgs();

        // Act
        var run = await PulumiTestHost.RunAsync(() => new UserCertificateAutoenrollment("users", args));

        // Assert
        Assert.Equal(CertAutoenroll.Utilities.Version, run.OptionsOf(PolicyType).Version);
        Assert.Equal(CertAutoenroll.Utilities.Version, run.OptionsOf(ProviderType).Version);
    }

    [Fact]
    public async Task Constructor_ConnectionAndProviderInOptions_ThrowsNamingBoth()
    {
        // Arrange
        var args = LabArgs();

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() =>
        {
            var dc = new Provider("dc", new ProviderArgs { Host = "dc01.corp.example" });
            return new UserCertificateAutoenrollment("users", args, new ComponentResourceOptions { Provider = dc });
        }));

        // Assert
        Assert.Contains("either Connection", error.ToString(), StringComparison.Ordinal);
    }

    private static CertificateAutoenrollmentArgs LabArgs() => new()
    {
        GpoName = "Default Domain Policy",
        Connection = new ConnectionArgs
        {
            Host = "127.0.0.1",
            Port = 55985,
            Scheme = "http",
            Auth = "ntlm",
            Username = @"LAB\Administrator",
            Password = Password,
        },
    };
}
