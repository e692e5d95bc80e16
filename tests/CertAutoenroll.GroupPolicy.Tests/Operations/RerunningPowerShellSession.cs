using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

/// <summary>
/// Runs every script twice with the same argument and answers with the second run, as the WinRm pool does when the
/// first run's reply was lost; <paramref name="betweenRuns"/> runs in between (e.g. to undo part of what the first did,
/// as a process killed half-way would have left it).
/// </summary>
internal sealed class RerunningPowerShellSession(IPowerShellSession inner, Action? betweenRuns = null) : IPowerShellSession
{
    public PowerShellResult? FirstRun { get; private set; }

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        FirstRun = await inner.InvokeAsync(script, argument, cancellationToken);
        betweenRuns?.Invoke();
        return await inner.InvokeAsync(script, argument, cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
