using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Tests.Infrastructure;

namespace CertAutoenroll.WinRm.Tests.Integration.Kerberos;

/// <summary>The client against a real MIT KDC and the lab's GSSAPI acceptor.</summary>
public sealed class KerberosLabTests(KerberosLabFixture fixture) : IClassFixture<KerberosLabFixture>
{
    private const string Script = "Write-Output 'kerberos ok'";

    [Fact]
    public async Task RunPowerShellAsync_KerberosOverHttps_AuthenticatesWithKerberos()
    {
        var (result, package) = await RunAsync(fixture.Options(WinRmAuthentication.Kerberos, WinRmScheme.Https));

        Assert.Equal("kerberos ok", result);
        Assert.Equal("Kerberos", package);
    }

    [Fact]
    public async Task RunPowerShellAsync_KerberosOverHttp_SealsWithKerberos()
    {
        var (result, package) = await RunAsync(fixture.Options(WinRmAuthentication.Kerberos, WinRmScheme.Http));

        Assert.Equal("kerberos ok", result);
        Assert.Equal("Kerberos", package);
    }

    [Fact]
    public async Task RunPowerShellAsync_NegotiateWithRealmUser_PicksKerberos()
    {
        var (result, package) = await RunAsync(fixture.Options(WinRmAuthentication.Negotiate, WinRmScheme.Http));

        Assert.Equal("kerberos ok", result);
        Assert.Equal("Kerberos", package);
    }

    [Fact]
    public async Task RunPowerShellAsync_NegotiateWhenNoTicketCanBeHad_FallsBackToNtlm()
    {
        // Realms are case-sensitive: "lab.test" is no realm the KDC serves, so Kerberos gets no ticket; NTLM knows the DNS domain.
        var (result, package) = await RunAsync(fixture.Options(WinRmAuthentication.Negotiate, WinRmScheme.Https, user: "Administrator@lab.test"));

        Assert.Equal("kerberos ok", result);
        Assert.Equal("NTLM", package);
    }

    [Fact]
    public async Task RunPowerShellAsync_NegotiateWithDomainBackslashUser_UsesNtlm()
    {
        var (result, package) = await RunAsync(fixture.Options(WinRmAuthentication.Negotiate, WinRmScheme.Http, user: @"LAB\Administrator"));

        Assert.Equal("kerberos ok", result);
        Assert.Equal("NTLM", package);
    }

    [Fact]
    public async Task RunPowerShellAsync_WrongSpn_FailsWithTheTroubleshootingMessage()
    {
        using var client = new WinRmClient(fixture.Options(WinRmAuthentication.Kerberos, WinRmScheme.Http, serverName: "nosuch.lab.test"));

        var exception = await Assert.ThrowsAsync<WinRmAuthenticationException>(() => client.RunPowerShellAsync(Script, null, CancellationToken.None));

        Assert.StartsWith("Kerberos could not get a ticket for HTTP/nosuch.lab.test", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Lab.Password, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPowerShellAsync_UnknownRealm_FailsWithTheTroubleshootingMessage()
    {
        using var client = new WinRmClient(fixture.Options(WinRmAuthentication.Kerberos, WinRmScheme.Https, user: "Administrator@NOWHERE.TEST"));

        var exception = await Assert.ThrowsAsync<WinRmAuthenticationException>(() => client.RunPowerShellAsync(Script, null, CancellationToken.None));

        Assert.StartsWith("Kerberos could not get a ticket for HTTP/dc01.lab.test", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Lab.Password, exception.Message, StringComparison.Ordinal);
    }

    private static async Task<(string Output, string? Package)> RunAsync(WinRmConnectionOptions options)
    {
        using var logs = new ListLoggerFactory();
        using var client = new WinRmClient(options, logs);
        var result = await client.RunPowerShellAsync(Script, null, CancellationToken.None);
        return (result.Stdout.Trim(), logs.AuthenticatedPackage());
    }
}
