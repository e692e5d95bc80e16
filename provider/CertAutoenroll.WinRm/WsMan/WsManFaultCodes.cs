namespace CertAutoenroll.WinRm.WsMan;

/// <summary>WSManFault codes the client acts on ([MS-WSMV] and observed Windows replies).</summary>
public static class WsManFaultCodes
{
    /// <summary>0x80338029: no output before OperationTimeout; the client polls again.</summary>
    public const uint OperationTimeout = 2150858793;

    /// <summary>0x8033805B: the shell is gone (idle timeout, service restart, deleted).</summary>
    public const uint ShellNotFound = 2150858843;

    /// <summary>0x803381A5: MaxShellsPerUser exceeded.</summary>
    public const uint MaxShellsPerUser = 2150859173;

    /// <summary>0x803381A6: MaxConcurrentOperationsPerUser exceeded.</summary>
    public const uint TooManyOperations = 2150859174;

    /// <summary>
    /// 0x80338111 (ERROR_WSMAN_HTTP_REQUEST_TOO_LARGE_STATUS): how Windows' own client reports the service's HTTP 413 for a
    /// request over MaxEnvelopeSizekb; the service itself answers 413 without a fault (see HttpReplyClassifier).
    /// </summary>
    public const uint EnvelopeTooLarge = 2150859025;

    /// <summary>0x800703FA: the user profile was unloaded under the shell.</summary>
    public const uint ProfileUnloaded = 2147943418;

    /// <summary>ERROR_ACCESS_DENIED.</summary>
    public const uint AccessDenied = 5;

    /// <summary>ERROR_OPERATION_ABORTED, harmless while cleaning up.</summary>
    public const uint OperationAborted = 995;
}
