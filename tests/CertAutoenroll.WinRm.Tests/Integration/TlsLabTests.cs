using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>Certificate validation of the https listener: only the given CA is trusted, and the name is checked.</summary>
public sealed class TlsLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    private const string Script = "Write-Output 'tls ok'";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task RunPowerShellAsync_RightCa_Succeeds()
    {
        using var client = new WinRmClient(fixture.Https());

        var result = await client.RunPowerShellAsync(Script, null, CancellationToken.None);

        Assert.Equal("tls ok", result.Stdout.Trim());
    }

    [Fact]
    public async Task RunPowerShellAsync_WrongCa_FailsWithTlsAdvice()
    {
        using var client = new WinRmClient(WithCa(fixture.Https(), OtherCaPem()));

        var exception = await Assert.ThrowsAsync<WinRmTransportException>(() => client.RunPowerShellAsync(Script, null, CancellationToken.None));

        Assert.Contains("caCertificate", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPowerShellAsync_ServerNameNotInCertificate_Fails()
    {
        var options = fixture.Https();
        using var client = new WinRmClient(new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Authentication = options.Authentication, UserName = options.UserName,
            Password = options.Password, CaCertificate = options.CaCertificate, TlsServerName = "dc99.other.test",
        });

        await Assert.ThrowsAsync<WinRmTransportException>(() => client.RunPowerShellAsync(Script, null, CancellationToken.None));
    }

    [Fact]
    public async Task RunPowerShellAsync_ServerNameOverrideInCertificate_Succeeds()
    {
        var options = fixture.Https();
        using var client = new WinRmClient(new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Authentication = options.Authentication, UserName = options.UserName,
            Password = options.Password, CaCertificate = options.CaCertificate, TlsServerName = "dc01.lab.test",
        });

        var result = await client.RunPowerShellAsync(Script, null, CancellationToken.None);

        Assert.Equal("tls ok", result.Stdout.Trim());
    }

    [Fact]
    public async Task RunPowerShellAsync_InsecureSkipVerifyWithWrongCa_Succeeds()
    {
        var options = fixture.Https();
        using var client = new WinRmClient(new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Authentication = options.Authentication, UserName = options.UserName,
            Password = options.Password, InsecureSkipTlsVerify = true,
        });

        var result = await client.RunPowerShellAsync(Script, null, CancellationToken.None);

        Assert.Equal("tls ok", result.Stdout.Trim());
    }

    private static WinRmConnectionOptions WithCa(WinRmConnectionOptions options, string pem) => new()
    {
        Host = options.Host, Port = options.Port, Authentication = options.Authentication, UserName = options.UserName,
        Password = options.Password, CaCertificate = pem,
    };

    private static string OtherCaPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Some Other CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return ca.ExportCertificatePem();
    }
}
