namespace Reliability.Runs;

/// <summary>One line of a result table: what one phase (one provider process) did under the faults.</summary>
internal sealed record PhaseRow(
    string Phase,
    int Operations,
    int Reruns,
    int Succeeded,
    int Failed,
    int LostOrWrong,
    int UnrelatedChanged,
    long ShellsOpenAfterExit,
    long FailedLogons,
    int MaxAttempts,
    double MaxOperationSeconds,
    int OverDeadline,
    long FaultsInjected,
    long HttpRequests,
    IReadOnlyList<string> SampleErrors,
    int DistinctCauses,
    int ClearErrors,
    bool PasswordSeen);
