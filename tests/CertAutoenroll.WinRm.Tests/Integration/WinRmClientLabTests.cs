using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>The one-shot path (a shell per command) against the lab listener.</summary>
public sealed class WinRmClientLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task RunPowerShellAsync_WriteError_DecodesClixmlIntoText()
    {
        using var client = new WinRmClient(fixture.Http(WinRmAuthentication.Ntlm));

        var result = await client.RunPowerShellAsync("Write-Output 'before'; Write-Error 'the GPO was not found'", null, CancellationToken.None);

        Assert.Contains("before", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("the GPO was not found", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CLIXML", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("_x000D_", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPowerShellAsync_200KbScript_RunsOverStdin()
    {
        using var client = new WinRmClient(fixture.Https());
        var script = "$filler = '" + new string('y', 200 * 1024) + "'\nWrite-Output $filler.Length";

        var result = await client.RunPowerShellAsync(script, null, CancellationToken.None);

        Assert.Equal("204800", result.Stdout.Trim());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task RunCommandAsync_Cancelled_StillDeletesShell()
    {
        using var client = new WinRmClient(fixture.Https());
        using var cancellation = new CancellationTokenSource();
        var stdin = System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String("Start-Sleep -Seconds 30"u8.ToArray()));
        var run = client.RunCommandAsync(
            "powershell.exe", CertAutoenroll.WinRm.PowerShell.PowerShellBootstrap.Arguments(CertAutoenroll.WinRm.PowerShell.PowerShellBootstrap.RunOnce),
            stdin, null, cancellation.Token);
        await WaitForOpenShellAsync();

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    private async Task WaitForOpenShellAsync()
    {
        for (var i = 0; i < 200 && await fixture.ShellsOpenAsync() == 0; i++)
        {
            await Task.Delay(50);
        }
    }
}
