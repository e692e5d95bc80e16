namespace CertAutoenroll.Provider.Logging;

/// <summary>Diagnostics for --logtostderr. Never pass a secret to these.</summary>
internal static partial class ProviderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Engine at {Address} is gone; shutting down")]
    public static partial void EngineGone(ILogger logger, string address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Attached to engine at {Address}")]
    public static partial void Attached(ILogger logger, string address);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Cancel requested by the engine")]
    public static partial void CancelRequested(ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Configured for {Endpoint}")]
    public static partial void Configured(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Operation} failed with {StatusCode}: {Detail}")]
    public static partial void CallFailed(ILogger logger, string operation, Grpc.Core.StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Closed the remote sessions in {Milliseconds} ms")]
    public static partial void RemoteClosed(ILogger logger, long milliseconds);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Closing the remote sessions did not finish within {Milliseconds} ms; shells not yet deleted stay open on the DC until its idle timeout: {Reason}")]
    public static partial void RemoteCloseIncomplete(ILogger logger, long milliseconds, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Stopping (interrupt, terminate or engine gone)")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "The gRPC server stopped {Milliseconds} ms after the stop began; closing the remote sessions")]
    public static partial void ServerStopped(ILogger logger, long milliseconds);
}
