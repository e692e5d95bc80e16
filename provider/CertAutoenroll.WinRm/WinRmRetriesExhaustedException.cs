namespace CertAutoenroll.WinRm;

/// <summary>
/// A request met transient faults on every attempt the retry budget (or the caller's deadline) allowed. Each
/// attempt ran the whole request on a fresh session, so the target holds either its old state or the one
/// the request declares; running the request again converges.
/// </summary>
public sealed class WinRmRetriesExhaustedException : WinRmException
{
    public WinRmRetriesExhaustedException(string host, int attempts, bool deadlinePassed, Exception lastFault)
        : base(Compose(host, attempts, deadlinePassed, lastFault), lastFault)
    {
        Host = host;
        Attempts = attempts;
        DeadlinePassed = deadlinePassed;
    }

    /// <summary>The DC the request was sent to.</summary>
    public string Host { get; }

    /// <summary>How many times the request reached a remote PowerShell (moves of a request no session sent are not attempts).</summary>
    public int Attempts { get; }

    /// <summary>True when the caller's deadline ended the retries, false when the retry budget did.</summary>
    public bool DeadlinePassed { get; }

    private static string Compose(string host, int attempts, bool deadlinePassed, Exception lastFault) =>
        (attempts == 0
            ? $"{host} did not complete the request: no PowerShell session there took it, so it never ran "
            : $"{host} did not complete the request in {attempts} attempt{(attempts == 1 ? string.Empty : "s")} ")
        + (deadlinePassed ? "before the operation's deadline" : "(maxRetries reached)")
        + $"; the last fault was: {lastFault.Message}";
}
