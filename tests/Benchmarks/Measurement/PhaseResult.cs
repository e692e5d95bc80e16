namespace Benchmarks.Measurement;

/// <summary>
/// One phase (up, refresh, update, destroy) of one side, with the lab counters it moved. <see cref="Command"/> is
/// the whole Pulumi command as the user waits for it: ours from the provider's process start (handshake,
/// Configure, the operations); the baseline has no provider, so its command is its operations.
/// </summary>
internal sealed record PhaseResult(
    string Phase,
    int Operations,
    TimeSpan Wall,
    long HttpRequests,
    long PowerShellStarts,
    long ShellsCreated,
    long ShellsLeftOpen,
    TimeSpan Command)
{
    public double HttpPerOperation => Operations == 0 ? 0 : (double)HttpRequests / Operations;

    public double MillisecondsPerOperation => Operations == 0 ? 0 : Wall.TotalMilliseconds / Operations;

    public static PhaseResult Total(IReadOnlyList<PhaseResult> phases) => new(
        "total",
        phases.Sum(p => p.Operations),
        TimeSpan.FromTicks(phases.Sum(p => p.Wall.Ticks)),
        phases.Sum(p => p.HttpRequests),
        phases.Sum(p => p.PowerShellStarts),
        phases.Sum(p => p.ShellsCreated),
        phases.Count == 0 ? 0 : phases[^1].ShellsLeftOpen,
        TimeSpan.FromTicks(phases.Sum(p => p.Command.Ticks)));
}
