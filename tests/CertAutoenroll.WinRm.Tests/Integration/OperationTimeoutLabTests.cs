using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>powershell.exe starts slower than OperationTimeout, so Receive meets the OperationTimeout fault and polls again.</summary>
public sealed class OperationTimeoutLabTests(SlowStartLabFixture fixture) : IClassFixture<SlowStartLabFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task InvokeAsync_StartSlowerThanOperationTimeout_PollsUntilReply()
    {
        var options = fixture.Https();
        var fast = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Authentication = options.Authentication, UserName = options.UserName,
            Password = options.Password, CaCertificate = options.CaCertificate, OperationTimeout = TimeSpan.FromSeconds(1),
        };
        await using var pool = new WinRmPowerShellPool(fast, 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync("param([string]$RequestBase64) 'late but here'", string.Empty, CancellationToken.None);

        Assert.Equal("late but here", result.Output);
    }

    [Fact]
    public async Task RunPowerShellAsync_StartSlowerThanOperationTimeout_PollsUntilDone()
    {
        var options = fixture.Http(WinRmAuthentication.Ntlm);
        using var client = new WinRmClient(new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = WinRmScheme.Http, Authentication = WinRmAuthentication.Ntlm,
            UserName = options.UserName, Password = options.Password, OperationTimeout = TimeSpan.FromSeconds(1),
        });

        var result = await client.RunPowerShellAsync("Write-Output 'done'", null, CancellationToken.None);

        Assert.Equal("done", result.Stdout.Trim());
    }
}
