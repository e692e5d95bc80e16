namespace LabDomainController.WsMan;

/// <summary>A WS-Management fault to send as an HTTP 500 SOAP fault (reference §5.2 item 5).</summary>
internal sealed class WsManFaultException : Exception
{
    public WsManFaultException(string soapCode, string subcode, uint wsManCode, string message)
        : base(message)
    {
        SoapCode = soapCode;
        Subcode = subcode;
        WsManCode = wsManCode;
    }

    public WsManFaultException()
        : this("s:Receiver", "w:InternalError", 0, "Internal error.")
    {
    }

    public WsManFaultException(string message)
        : this("s:Receiver", "w:InternalError", 0, message)
    {
    }

    public WsManFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        SoapCode = "s:Receiver";
        Subcode = "w:InternalError";
    }

    /// <summary>Qualified name such as <c>s:Receiver</c>.</summary>
    public string SoapCode { get; }

    /// <summary>Qualified name such as <c>w:TimedOut</c>.</summary>
    public string Subcode { get; }

    public uint WsManCode { get; }

    public static WsManFaultException OperationTimeout() => new(
        "s:Receiver", "w:TimedOut", WsManFaultCodes.OperationTimeout,
        "The WS-Management service cannot complete the operation within the time specified in OperationTimeout.");

    public static WsManFaultException ShellNotFound(string shellId) => new(
        "s:Sender", "w:InvalidSelectors", WsManFaultCodes.ShellNotFound,
        $"The request for the Windows Remote Shell with ShellId {shellId} failed because the shell was not found on the server. "
        + "Possible causes are: the specified ShellId is incorrect or the shell no longer exists on the server. "
        + "Provide the correct ShellId or create a new shell and retry the operation.");

    public static WsManFaultException MaxShells(int limit) => new(
        "s:Receiver", "w:QuotaLimit", WsManFaultCodes.MaxShellsPerUser,
        $"The WS-Management service cannot process the request. This user is allowed a maximum number of {limit} concurrent shells, "
        + "which has been exceeded. Close existing shells or raise the quota for this user.");

    public static WsManFaultException AccessDenied() => new(
        "s:Sender", "w:AccessDenied", WsManFaultCodes.AccessDenied, "Access is denied.");

    public static WsManFaultException UnencryptedRefused() => new(
        "s:Sender", "w:AccessDenied", WsManFaultCodes.UnencryptedRefused,
        "The WinRM service refused an unencrypted message because AllowUnencrypted is false. "
        + "Use message encryption (NTLM/Negotiate sealing), https, or start the lab with --allow-unencrypted.");

    /// <summary>
    /// DSP0226 6.2 and [MS-WSMV] 3.1.4.1.7 name the subcode; the code, ERROR_WSMAN_MAX_ENVELOPE_SIZE (0x80338047),
    /// is the nearest wsmerror.h entry (no trace of a real reply was found).
    /// </summary>
    public static WsManFaultException EnvelopeSizeTooSmall(int asked) => new(
        "s:Sender", "w:EncodingLimit", WsManFaultCodes.MaxEnvelopeSize,
        $"The WS-Management service cannot process the request because the MaxEnvelopeSize {asked} is smaller than the "
        + "minimum of 8192 octets. Change the maximum envelope size and try the request again.");

    /// <summary>
    /// winrs MaxProcessesPerShell is a job-object process limit, so the next process start fails with
    /// ERROR_NOT_ENOUGH_QUOTA (1816); there is no WinRM-specific code for it.
    /// </summary>
    public static WsManFaultException ProcessQuota() => new(
        "s:Receiver", "w:InternalError", WsManFaultCodes.NotEnoughQuota,
        "Not enough quota is available to process this command.");

    public static WsManFaultException InvalidRequest(string message) => new(
        "s:Sender", "w:SchemaValidationError", WsManFaultCodes.InvalidRequest, message);
}
