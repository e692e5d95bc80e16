using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>A lab that fails every 12th WS-Man request: alternately a w:InternalError SOAP fault and a dropped connection.</summary>
public sealed class FlakyLabFixture : LabFixture
{
    protected override LabDomainControllerOptions Options => new() { FailEvery = 12 };
}

/// <summary>
/// Dropped connections are retried (re-authenticating a sealed NTLM connection); SOAP faults are not retried but
/// surface typed; shells are deleted in every case.
/// </summary>
public sealed class TransientFaultLabTests(FlakyLabFixture fixture) : IClassFixture<FlakyLabFixture>, IAsyncLifetime
{
    private const uint InjectedFaultCode = 2147500037;
    private const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task RunPowerShellAsync_InjectedFailures_RetriesDropsAndSurfacesFaultsTyped()
    {
        using var client = new WinRmClient(fixture.Https());
        var successes = 0;

        for (var i = 0; i < 6; i++)
        {
            try
            {
                var result = await client.RunPowerShellAsync("Write-Output 'ok'", null, CancellationToken.None);
                Assert.Equal("ok", result.Stdout.Trim());
                successes++;
            }
            catch (WsManFaultException fault)
            {
                Assert.Equal(InjectedFaultCode, fault.WsManCode);
            }
        }

        Assert.True(successes > 0);
    }

    [Fact]
    public async Task InvokeAsync_NtlmSealedWithInjectedFailures_ReauthenticatesAndReopens()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);
        var successes = 0;

        for (var i = 0; i < 8; i++)
        {
            try
            {
                var result = await pool.InvokeAsync(EchoScript, "n" + i, CancellationToken.None);
                Assert.Equal("echo:n" + i, result.Output);
                successes++;
            }
            catch (WinRmSessionLostException lost)
            {
                Assert.Equal(InjectedFaultCode, Assert.IsType<WsManFaultException>(lost.InnerException).WsManCode);
            }
            catch (WsManFaultException fault)
            {
                Assert.Equal(InjectedFaultCode, fault.WsManCode);
            }
        }

        Assert.True(successes > 0);
    }
}
