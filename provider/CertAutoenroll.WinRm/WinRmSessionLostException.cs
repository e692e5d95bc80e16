namespace CertAutoenroll.WinRm;

/// <summary>
/// The remote PowerShell process or its shell died while a request was in flight. The request may or may not
/// have run; it is not re-run automatically because it may have written.
/// </summary>
public sealed class WinRmSessionLostException : WinRmException
{
    public WinRmSessionLostException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
