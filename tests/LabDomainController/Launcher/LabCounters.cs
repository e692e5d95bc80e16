namespace LabDomainController.Launcher;

/// <summary>
/// The lab's counters from GET /lab/counters. <see cref="FailedLogons"/>: logons the DC refused (what AD counts
/// towards lockout); <see cref="FaultsInjected"/>: injected faults per kind name (e.g. <c>dropAfterReceive</c>).
/// </summary>
public sealed record LabCounters(
    long HttpRequests,
    long AuthFailures,
    long ShellsCreated,
    long ShellsOpen,
    long PowerShellStarts,
    long Commands,
    long FailedLogons = 0,
    IReadOnlyDictionary<string, long>? FaultsInjected = null)
{
    /// <summary>Faults of one kind injected so far (0 when none or the lab predates the kind).</summary>
    public long Injected(string kind) => FaultsInjected is { } counts && counts.TryGetValue(kind, out var count) ? count : 0;
}
