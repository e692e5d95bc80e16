using System.Diagnostics;
using LabDomainController.Launcher;

namespace Benchmarks.Measurement;

/// <summary>Reads the lab DC's counters before and after a phase and times the phase's operations.</summary>
internal sealed class CounterWindow
{
    private readonly LabDomainControllerProcess _lab;
    private readonly LabCounters _before;
    private readonly Stopwatch _stopwatch = new();

    private CounterWindow(LabDomainControllerProcess lab, LabCounters before)
    {
        _lab = lab;
        _before = before;
    }

    public static async Task<CounterWindow> OpenAsync(LabDomainControllerProcess lab, CancellationToken cancellationToken) =>
        new(lab, await lab.GetCountersAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Times <paramref name="operations"/>: wall time covers the resource operations only.</summary>
    public async Task TimeAsync(Func<Task> operations)
    {
        _stopwatch.Start();
        try
        {
            await operations().ConfigureAwait(false);
        }
        finally
        {
            _stopwatch.Stop();
        }
    }

    /// <summary>
    /// Counts everything since the window opened, shutdown traffic (shell deletes) included. <paramref name="beforeOperations"/>:
    /// what the command spent before its operations (ours: provider start, handshake, Configure); the counter reads are in neither.
    /// </summary>
    public async Task<PhaseResult> CloseAsync(string phase, int operations, CancellationToken cancellationToken, TimeSpan beforeOperations = default)
    {
        var after = await _lab.GetCountersAsync(cancellationToken).ConfigureAwait(false);
        return new PhaseResult(
            phase,
            operations,
            _stopwatch.Elapsed,
            after.HttpRequests - _before.HttpRequests,
            after.PowerShellStarts - _before.PowerShellStarts,
            after.ShellsCreated - _before.ShellsCreated,
            after.ShellsOpen,
            beforeOperations + _stopwatch.Elapsed);
    }
}
