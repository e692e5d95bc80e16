namespace LabDomainController.Hosting;

/// <summary>Thread-safe counters served at GET /lab/counters.</summary>
internal sealed class LabCounterState
{
    private long _httpRequests;
    private long _authFailures;
    private long _shellsCreated;
    private long _shellsOpen;
    private long _powershellStarts;
    private long _commands;

    public long HttpRequest() => Interlocked.Increment(ref _httpRequests);

    public void AuthFailure() => Interlocked.Increment(ref _authFailures);

    public void ShellCreated()
    {
        Interlocked.Increment(ref _shellsCreated);
        Interlocked.Increment(ref _shellsOpen);
    }

    public void ShellClosed() => Interlocked.Decrement(ref _shellsOpen);

    public void PowerShellStarted() => Interlocked.Increment(ref _powershellStarts);

    public void Command() => Interlocked.Increment(ref _commands);

    /// <param name="faultsInjected">The fault injector's counts per kind (it keeps them; they are served here too).</param>
    public CounterSnapshot Snapshot(IReadOnlyDictionary<string, long>? faultsInjected = null)
    {
        var authFailures = Interlocked.Read(ref _authFailures);
        return new(
            Interlocked.Read(ref _httpRequests),
            authFailures,
            Interlocked.Read(ref _shellsCreated),
            Interlocked.Read(ref _shellsOpen),
            Interlocked.Read(ref _powershellStarts),
            Interlocked.Read(ref _commands),
            authFailures,
            faultsInjected ?? new Dictionary<string, long>());
    }
}

/// <summary>
/// <see cref="FailedLogons"/>: logons the DC refused (a wrong password or user), what AD counts towards lockout;
/// the same number as <see cref="AuthFailures"/>, named as the reports name it. An injected 401 is no logon.
/// </summary>
internal sealed record CounterSnapshot(
    long HttpRequests,
    long AuthFailures,
    long ShellsCreated,
    long ShellsOpen,
    long PowershellStarts,
    long Commands,
    long FailedLogons,
    IReadOnlyDictionary<string, long> FaultsInjected);
