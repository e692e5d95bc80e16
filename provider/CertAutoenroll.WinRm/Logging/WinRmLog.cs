using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Logging;

/// <summary>Every log message of the WinRM client, with fixed EventIds. None carries a secret.</summary>
internal static partial class WinRmLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Opened shell {ShellId} on {Host}")]
    public static partial void ShellOpened(ILogger logger, string host, string shellId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deleted shell {ShellId} on {Host}")]
    public static partial void ShellDeleted(ILogger logger, string host, string shellId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Could not delete shell {ShellId} on {Host}; the service removes it after its idle timeout: {Reason}")]
    public static partial void ShellDeleteFailed(ILogger logger, string host, string shellId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Trace, Message = "Started command {CommandId} in shell {ShellId}")]
    public static partial void CommandStarted(ILogger logger, string shellId, string commandId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Trace, Message = "Command {CommandId} in shell {ShellId} exited with {ExitCode}")]
    public static partial void CommandFinished(ILogger logger, string shellId, string commandId, int exitCode);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Signal to command {CommandId} in shell {ShellId} failed: {Reason}")]
    public static partial void SignalFailed(ILogger logger, string shellId, string commandId, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "TLS certificate validation is OFF for {Host} (insecureSkipTlsVerify); anyone on the path can read and change the traffic")]
    public static partial void InsecureTls(ILogger logger, string host);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Transient failure talking to {Host} ({Reason}); retry {Attempt} of {MaxRetries} in {DelayMs} ms")]
    public static partial void TransientRetry(ILogger logger, string host, string reason, int attempt, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Authenticated to {Host} with {Package} (sealed={Sealed}, channelBound={ChannelBound})")]
    public static partial void Authenticated(ILogger logger, string host, string package, bool @sealed, bool channelBound);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Debug, Message = "Connection to {Host} was replaced; authenticating the new connection")]
    public static partial void Reauthenticating(ILogger logger, string host);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Debug, Message = "PowerShell session {SessionNumber} started on {Host} in shell {ShellId}")]
    public static partial void PowerShellSessionStarted(ILogger logger, int sessionNumber, string host, string shellId);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "PowerShell session {SessionNumber} on {Host} was lost; it is reopened on next use: {Reason}")]
    public static partial void PowerShellSessionLost(ILogger logger, int sessionNumber, string host, string reason);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Trace, Message = "PowerShell session {SessionNumber} sent {Count} request(s) in one Send")]
    public static partial void PowerShellBatchSent(ILogger logger, int sessionNumber, int count);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Debug, Message = "PowerShell session {SessionNumber} wrote stray output: {Text}")]
    public static partial void PowerShellStrayOutput(ILogger logger, int sessionNumber, string text);
}
