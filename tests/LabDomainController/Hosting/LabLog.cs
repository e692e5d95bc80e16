namespace LabDomainController.Hosting;

/// <summary>Log messages of the lab listener (stderr only; never a password, hash or key).</summary>
internal static partial class LabLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Lab DC listening: http={HttpEndpoint} https={HttpsEndpoint}")]
    public static partial void Listening(ILogger logger, string httpEndpoint, string httpsEndpoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Authentication failed for connection {ConnectionId}")]
    public static partial void AuthenticationFailed(ILogger logger, string connectionId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Bad request on connection {ConnectionId}: {Detail}")]
    public static partial void BadRequest(ILogger logger, string connectionId, string detail);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Injected failure #{Count} ({Kind}) on request {Request}")]
    public static partial void InjectedFailure(ILogger logger, long count, string kind, long request);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Stopping: deleting {Shells} open shells and their processes")]
    public static partial void Stopping(ILogger logger, int shells);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "{Action} answered in {Status} (fault: {IsFault})")]
    public static partial void Answered(ILogger logger, string action, int status, bool isFault);
}
