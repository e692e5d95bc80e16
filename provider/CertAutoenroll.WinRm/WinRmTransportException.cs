namespace CertAutoenroll.WinRm;

/// <summary>The listener could not be reached, or answered with an HTTP status that carries no SOAP reply.</summary>
public sealed class WinRmTransportException : WinRmException
{
    public WinRmTransportException(string message, int? statusCode = null, string? body = null, Exception? innerException = null)
        : this(message, statusCode, body, innerException, isTransient: false)
    {
    }

    internal WinRmTransportException(string message, int? statusCode, string? body, Exception? innerException, bool isTransient)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Body = body;
        IsTransient = isTransient;
    }

    /// <summary>True for faults worth retrying: connection refused or reset, HTTP 503, HTTP 500 without a SOAP fault.</summary>
    public bool IsTransient { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The start of the response body, for diagnosis.</summary>
    public string? Body { get; }
}
