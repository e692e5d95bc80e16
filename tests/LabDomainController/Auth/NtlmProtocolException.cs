namespace LabDomainController.Auth;

/// <summary>A malformed NTLM or SPNEGO token: the client is answered with 400, not 401.</summary>
internal sealed class NtlmProtocolException : Exception
{
    public NtlmProtocolException(string message)
        : base(message)
    {
    }

    public NtlmProtocolException()
    {
    }

    public NtlmProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
