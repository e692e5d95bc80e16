using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

public sealed class PowerShellPoolLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    private const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task InvokeAsync_BasicOverHttpsWithLabCa_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "abc", CancellationToken.None);

        Assert.True(result.Succeeded, result.Errors);
        Assert.Equal("echo:abc", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_NtlmOverSealedHttp_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "ntlm", CancellationToken.None);

        Assert.Equal("echo:ntlm", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_NegotiateOverHttp_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Negotiate), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "spnego", CancellationToken.None);

        Assert.Equal("echo:spnego", result.Output);
    }
}
