using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Which failures are worth another try, in one place. Authentication failures, access denied, bad requests
/// and TLS or name errors are not: they fail the same way again (and a repeated bad password locks the account).
/// </summary>
internal static class TransientFaults
{
    /// <summary>WSManFault code of E_FAIL, which the service sends with <c>w:InternalError</c>.</summary>
    private const uint InternalError = 2147500037;

    /// <summary>True when a fresh session may succeed where this one failed.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        WinRmAuthenticationException => false,
        WinRmSessionLostException or WinRmProtocolException or TimeoutException => true,
        WinRmTransportException transport => transport.IsTransient
            || transport.InnerException is OperationCanceledException
            || transport.StatusCode is >= 500 and not 501 and not 505,
        WsManFaultException fault => WasRefused(fault),
        NotSentException => true,
        _ => false,
    };

    /// <summary>
    /// The service answered with a fault that means it did not perform the request (a quota, an internal error,
    /// the shell gone): the same request may be sent again without running anything twice.
    /// </summary>
    public static bool WasRefused(WsManFaultException fault) =>
        fault.MeansShellLost
        || fault.WsManCode is WsManFaultCodes.MaxShellsPerUser or InternalError
        || string.Equals(fault.Subcode, "w:InternalError", StringComparison.Ordinal)
        || string.Equals(fault.Subcode, "w:QuotaLimit", StringComparison.Ordinal);

    /// <summary>Refused, but the shell itself still works: retrying the request on it is enough.</summary>
    public static bool RefusedShellAlive(Exception exception) =>
        exception is WsManFaultException fault && WasRefused(fault) && fault.WsManCode is not WsManFaultCodes.ShellNotFound
        && fault.WsManCode is not WsManFaultCodes.ProfileUnloaded;
}
