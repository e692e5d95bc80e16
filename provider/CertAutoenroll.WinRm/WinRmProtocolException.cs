namespace CertAutoenroll.WinRm;

/// <summary>A reply broke the WS-Management conversation: wrong RelatesTo, a missing ShellId, a malformed envelope or frame.</summary>
public sealed class WinRmProtocolException : WinRmException
{
    public WinRmProtocolException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
