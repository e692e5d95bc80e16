namespace CertAutoenroll.WinRm;

/// <summary>The listener rejected the credentials (HTTP 401) or the handshake could not complete. Never retried.</summary>
public sealed class WinRmAuthenticationException : WinRmException
{
    public WinRmAuthenticationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
