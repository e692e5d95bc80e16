using Pulumi.CertAutoenroll.Components;
using Pulumi.Utilities;
using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests.Components;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class ConnectionArgsTests
{
    [Fact]
    public async Task Password_Set_IsASecret()
    {
        // Arrange
        var connection = new ConnectionArgs();

        // Act
        connection.Password = "Pa55w0rd!";

        // Assert
        Assert.NotNull(connection.Password);
        Assert.True(await Output.IsSecretAsync<string>(connection.Password));
    }

    [Fact]
    public async Task ToProviderArgs_EveryKey_CopiesItAndKeepsThePasswordSecret()
    {
        // Arrange
        var connection = new ConnectionArgs
        {
            Host = "127.0.0.1",
            Port = 55985,
            Scheme = "http",
            Auth = "ntlm",
            Username = @"LAB\Administrator",
            Password = "Pa55w0rd!",
            Domain = "lab.test",
            Server = "dc01.lab.test",
            CaCertificate = "-----BEGIN CERTIFICATE-----",
            TlsServerName = "dc01",
            InsecureSkipTlsVerify = true,
            AllowUnencrypted = true,
            OperationTimeoutSeconds = 30,
            MaxRetries = 1,
        };

        // Act
        var args = connection.ToProviderArgs();

        // Assert
        Assert.Equal("127.0.0.1", await ValueAsync(args.Host));
        Assert.Equal(55985, await ValueAsync(args.Port));
        Assert.Equal("http", await ValueAsync(args.Scheme));
        Assert.Equal("ntlm", await ValueAsync(args.Auth));
        Assert.Equal(@"LAB\Administrator", await ValueAsync(args.Username));
        Assert.Equal("Pa55w0rd!", await ValueAsync(args.Password));
        Assert.True(await Output.IsSecretAsync<string>(args.Password!));
        Assert.Equal("lab.test", await ValueAsync(args.Domain));
        Assert.Equal("dc01.lab.test", await ValueAsync(args.Server));
        Assert.Equal("-----BEGIN CERTIFICATE-----", await ValueAsync(args.CaCertificate));
        Assert.Equal("dc01", await ValueAsync(args.TlsServerName));
        Assert.True(await ValueAsync(args.InsecureSkipTlsVerify));
        Assert.True(await ValueAsync(args.AllowUnencrypted));
        Assert.Equal(30, await ValueAsync(args.OperationTimeoutSeconds));
        Assert.Equal(1, await ValueAsync(args.MaxRetries));
    }

    [Fact]
    public async Task ToProviderArgs_NoServer_KeepsTheEnvironmentServer()
    {
        // Arrange
        using var environment = new EnvironmentScope(("CERTAUTOENROLL_SERVER", "pdc.lab.test"));
        var connection = new ConnectionArgs { Host = "127.0.0.1" };

        // Act
        var args = connection.ToProviderArgs();

        // Assert
        Assert.Equal("pdc.lab.test", await ValueAsync(args.Server));
    }

    private static Task<T> ValueAsync<T>(Input<T>? input) =>
        OutputUtilities.GetValueAsync<T>(input ?? throw new InvalidOperationException("The key was not copied."));
}
