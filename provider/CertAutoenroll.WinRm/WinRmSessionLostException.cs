namespace CertAutoenroll.WinRm;

/// <summary>
/// The remote PowerShell process or its shell died while a request was in flight. The request may or may not
/// have run; the session pool re-runs it on a fresh session (its scripts are idempotent) within its retry budget.
/// </summary>
public sealed class WinRmSessionLostException : WinRmException
{
    public WinRmSessionLostException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
