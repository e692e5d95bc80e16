namespace LabDomainController.Launcher;

/// <summary>The lab's counters from GET /lab/counters.</summary>
public sealed record LabCounters(
    long HttpRequests,
    long AuthFailures,
    long ShellsCreated,
    long ShellsOpen,
    long PowerShellStarts,
    long Commands);
