using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class ProviderArgsTests
{
    private const string ProviderType = "pulumi:providers:certautoenroll";

    [Fact]
    public async Task Password_Set_IsASecret()
    {
        // Arrange
        var args = new ProviderArgs();

        // Act
        args.Password = "Pa55w0rd!";

        // Assert
        Assert.NotNull(args.Password);
        Assert.True(await Output.IsSecretAsync<string>(args.Password));
    }

    [Fact]
    public void Password_SetNull_StaysNull()
    {
        // Arrange
        var args = new ProviderArgs { Password = "Pa55w0rd!" };

        // Act
        args.Password = null;

        // Assert
        Assert.Null(args.Password);
    }

    [Fact]
    public async Task Constructor_Nothing_AppliesTheSchemaDefaults()
    {
        // Arrange
        var args = new ProviderArgs { Host = "dc01.corp.example" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new Provider("dc", args));

        // Assert
        var inputs = run.Single(ProviderType).Inputs;
        Assert.Equal("https", inputs["scheme"]);
        Assert.Equal("negotiate", inputs["auth"]);
        Assert.Equal("false", inputs["insecureSkipTlsVerify"]);
        Assert.Equal("false", inputs["allowUnencrypted"]);
        Assert.Equal("60", inputs["operationTimeoutSeconds"]);
        Assert.Equal("3", inputs["maxRetries"]);
        Assert.False(inputs.ContainsKey("port"));
    }

    [Fact]
    public async Task Constructor_EnvironmentVariables_FillHostUsernameAndSecretPassword()
    {
        // Arrange
        using var environment = new EnvironmentScope(
            ("CERTAUTOENROLL_HOST", "dc02.corp.example"),
            ("CERTAUTOENROLL_USERNAME", @"CORP\gpo-admin"),
            ("CERTAUTOENROLL_PASSWORD", "from-env"));

        // Act
        var args = new ProviderArgs();

        // Assert
        Assert.Equal("dc02.corp.example", await OutputUtilities.GetValueAsync<string>(args.Host));
        Assert.Equal(@"CORP\gpo-admin", await OutputUtilities.GetValueAsync<string>(args.Username!));
        Assert.True(await Output.IsSecretAsync<string>(args.Password!));
    }

    [Fact]
    public async Task Constructor_ServerVariable_FillsServer()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_SERVER", "pdc01.corp.example"));

        // Act
        var args = new ProviderArgs();

        // Assert
        Assert.Equal("pdc01.corp.example", await OutputUtilities.GetValueAsync<string>(args.Server!));
    }

    [Fact]
    public async Task Constructor_NoServerVariable_LeavesServerUnregistered()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_SERVER", null));
        var args = new ProviderArgs { Host = "dc01.corp.example" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new Provider("dc", args));

        // Assert
        Assert.Null(args.Server);
        Assert.False(run.Single(ProviderType).Inputs.ContainsKey("server"));
    }

    [Fact]
    public async Task Provider_NoHostAnywhere_FailsNamingHost()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_HOST", null));
        var args = new ProviderArgs();

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() => new Provider("dc", args)));

        // Assert
        Assert.Contains("ProviderArgs.Host is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_EveryKey_RegistersConfigNamesWithNonStringsAsJson()
    {
        // Arrange
        var args = new ProviderArgs
        {
            Host = "dc01.corp.example",
            Port = 5986,
            Scheme = "https",
            Auth = "negotiate",
            Username = @"CORP\gpo-admin",
            Password = "Pa55w0rd!",
            Domain = "corp.example",
            Server = "pdc01.corp.example",
            CaCertificate = "-----BEGIN CERTIFICATE-----",
            TlsServerName = "dc01.corp.example",
            InsecureSkipTlsVerify = false,
            AllowUnencrypted = false,
            OperationTimeoutSeconds = 90,
            MaxRetries = 2,
        };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new Provider("dc", args));

        // Assert
        var inputs = run.Single(ProviderType).Inputs;
        Assert.Equal("dc01.corp.example", inputs["host"]);
        Assert.Equal("5986", inputs["port"]);
        Assert.Equal("false", inputs["insecureSkipTlsVerify"]);
        Assert.Equal("false", inputs["allowUnencrypted"]);
        Assert.Equal("90", inputs["operationTimeoutSeconds"]);
        Assert.Equal("2", inputs["maxRetries"]);
        Assert.Equal("pdc01.corp.example", inputs["server"]);
        Assert.Equal(
            ["allowUnencrypted", "auth", "caCertificate", "domain", "host", "insecureSkipTlsVerify", "maxRetries",
             "operationTimeoutSeconds", "password", "port", "scheme", "server", "tlsServerName", "username"],
            inputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Provider_Always_PinsThePluginVersion()
    {
        // Arrange
        var args = new ProviderArgs { Host = "dc01.corp.example" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new Provider("dc", args, new CustomResourceOptions { Protect = true }));

        // Assert
        var options = run.OptionsOf(ProviderType);
        Assert.Equal(Utilities.Version, options.Version);
        Assert.True(options.Protect);
    }
}
