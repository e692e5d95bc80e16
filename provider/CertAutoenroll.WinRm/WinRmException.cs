namespace CertAutoenroll.WinRm;

/// <summary>Base of every failure raised by the WinRM client.</summary>
public class WinRmException : Exception
{
    public WinRmException(string message)
        : base(message)
    {
    }

    public WinRmException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
