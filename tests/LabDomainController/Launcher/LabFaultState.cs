namespace LabDomainController.Launcher;

/// <summary>GET /lab/faults: the fault settings in force and the faults injected so far per kind name.</summary>
public sealed record LabFaultState(int Every, IReadOnlyList<string> Kinds, int? Seed, int DelayMs, int? Limit, IReadOnlyDictionary<string, long> Injected);
