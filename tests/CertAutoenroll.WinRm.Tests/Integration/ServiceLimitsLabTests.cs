using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// The client keeps to the service's limits: every envelope within 150 KiB (the smallest MaxEnvelopeSizekb Windows
/// shipped; a larger request would get HTTP 413), and an OperationTimeout above MaxTimeoutms is cut by the service,
/// whose earlier OperationTimeout faults the client polls through.
/// </summary>
public sealed class ServiceLimitsLabTests(StrictLimitsLabFixture fixture) : IClassFixture<StrictLimitsLabFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task RunPowerShellAsync_200KbScriptAgainst150KbEnvelopes_SendsItInChunksThatFit()
    {
        using var client = new WinRmClient(fixture.Http(WinRmAuthentication.Ntlm));
        var script = "$filler = '" + new string('y', 200 * 1024) + "'\nWrite-Output $filler.Length";

        var result = await client.RunPowerShellAsync(script, null, CancellationToken.None);

        Assert.Equal("204800", result.Stdout.Trim());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task InvokeAsync_200KbScriptAgainst150KbEnvelopes_RunsWholeScript()
    {
        var script = "param([string]$RequestBase64)\n$filler = '" + new string('x', 200 * 1024) + "'\nWrite-Output $filler.Length";
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(script, string.Empty, CancellationToken.None);

        Assert.Equal("204800", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_OperationTimeoutAboveMaxTimeoutms_PollsThroughTheServicesEarlierFaults()
    {
        var options = fixture.Http(WinRmAuthentication.Ntlm);
        var patient = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = WinRmScheme.Http, Authentication = WinRmAuthentication.Ntlm,
            UserName = options.UserName, Password = options.Password, OperationTimeout = TimeSpan.FromSeconds(30),
        };
        await using var pool = new WinRmPowerShellPool(patient, 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync("param([string]$RequestBase64) 'warm'", string.Empty, CancellationToken.None);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);

        var result = await pool.InvokeAsync("param([string]$RequestBase64) Start-Sleep -Seconds 3; 'slept'", string.Empty, CancellationToken.None);

        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal("slept", result.Output);
        // One Send, then a Receive per second of sleep (each answered by the 1 s MaxTimeoutms fault) and the one with the reply;
        // an uncut 30 s OperationTimeout would take one Receive.
        Assert.True(after.HttpRequests - before.HttpRequests >= 4, $"expected at least 4 requests, saw {after.HttpRequests - before.HttpRequests}");
    }
}

/// <summary>A lab with the smallest MaxEnvelopeSizekb Windows shipped (150) and a 1 s MaxTimeoutms.</summary>
public sealed class StrictLimitsLabFixture : LabFixture
{
    protected override LabDomainControllerOptions Options => new() { MaxEnvelopeSizeKb = 150, MaxTimeoutMs = 1000 };
}
