using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>A pooled session left idle past the service's IdleTimeout loses its shell; the next call still succeeds.</summary>
public sealed class ShellIdleLabTests(ShortIdleLabFixture fixture) : IClassFixture<ShortIdleLabFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task InvokeAsync_AfterTheShellExpiredIdle_RunsOnAFreshSession()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync("param([string]$RequestBase64) 'first'", string.Empty, CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var expired = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        var result = await pool.InvokeAsync("param([string]$RequestBase64) 'second'", string.Empty, CancellationToken.None);

        Assert.Equal(0, expired.ShellsOpen);
        Assert.Equal("second", result.Output);
        Assert.Equal(2, pool.SessionsOpened);
    }
}

/// <summary>A lab whose shells expire after 2 s without requests.</summary>
public sealed class ShortIdleLabFixture : LabFixture
{
    protected override LabDomainControllerOptions Options => new() { ShellIdleSeconds = 2 };
}
