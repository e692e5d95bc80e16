namespace LabDomainController.WsMan;

/// <summary>WSManFault codes Windows sends (reference §4.2 #8, §5.2 item 16).</summary>
internal static class WsManFaultCodes
{
    public const uint AccessDenied = 5;
    public const uint OperationTimeout = 2150858793;
    public const uint ShellNotFound = 2150858843;
    public const uint MaxShellsPerUser = 2150859173;
    public const uint UnencryptedRefused = 2150858770;
    public const uint InvalidRequest = 2150858778;

    /// <summary>ERROR_WSMAN_MAX_ENVELOPE_SIZE, sent with wsman:EncodingLimit.</summary>
    public const uint MaxEnvelopeSize = 2150858823;

    /// <summary>ERROR_NOT_ENOUGH_QUOTA: a process start beyond MaxProcessesPerShell.</summary>
    public const uint NotEnoughQuota = 1816;
}
