using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging;

namespace Benchmarks.Baseline;

/// <summary>
/// The way existing WinRM tools run PowerShell (pywinrm's <c>run_ps</c>, terraform-provider-ad): every
/// call opens a fresh shell, starts a fresh powershell.exe, runs one script and deletes the shell.
/// </summary>
internal sealed class OneShotPowerShellSession(WinRmConnectionOptions options, ILoggerFactory loggerFactory) : IPowerShellSession
{
    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        var session = new WinRmPowerShellPool(options, 1, loggerFactory);
        await using (session.ConfigureAwait(false))
        {
            return await session.InvokeAsync(script, argument, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
