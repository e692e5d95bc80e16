namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>The session died before this request reached the remote process, so running it elsewhere is safe.</summary>
internal sealed class NotSentException(string message, Exception? innerException = null) : Exception(message, innerException);
