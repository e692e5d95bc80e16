using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Logging;

/// <summary>Log messages of transparent recovery (re-runs on fresh sessions, retries in place).</summary>
internal static partial class WinRmLog
{
    [LoggerMessage(EventId = 3030, Level = LogLevel.Information, Message = "Request met a transient fault on {Host} ({Reason}); re-running it on a fresh session, attempt {Attempt} of {MaxAttempts}, in {DelayMs} ms")]
    public static partial void RerunOnFreshSession(ILogger logger, string host, string reason, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 3031, Level = LogLevel.Information, Message = "PowerShell session {SessionNumber} on {Host}: {Action} was refused ({Reason}); sending it again, try {Try} of {MaxTries}, in {DelayMs} ms")]
    public static partial void RetryInPlace(ILogger logger, int sessionNumber, string host, string action, string reason, int @try, int maxTries, long delayMs);

    [LoggerMessage(EventId = 3034, Level = LogLevel.Information, Message = "PowerShell session {SessionNumber} on {Host} lost a request or reply on the way ({Reason}); asking for the replies of {InFlight} request(s) again, try {Try} of {MaxTries}, in {DelayMs} ms")]
    public static partial void Resynchronising(ILogger logger, int sessionNumber, string host, string reason, int inFlight, int @try, int maxTries, long delayMs);

    [LoggerMessage(EventId = 3032, Level = LogLevel.Warning, Message = "Giving up on a request to {Host} after {Attempts} attempt(s): {Reason}")]
    public static partial void RetriesExhausted(ILogger logger, string host, int attempts, string reason);

    [LoggerMessage(EventId = 3033, Level = LogLevel.Warning, Message = "{Host} rejected the credentials at logon; every request with them now fails at once, without contacting it again")]
    public static partial void CredentialsRejected(ILogger logger, string host);
}
