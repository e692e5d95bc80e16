namespace CertAutoenroll.GroupPolicy.Logging;

internal static partial class GroupPolicyLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Running the {Operation} script for {Target}, scope {Scope}")]
    public static partial void ScriptStarting(ILogger logger, string operation, string target, string scope);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "The {Operation} script for {Target}, scope {Scope} finished; changed: {Changed}")]
    public static partial void ScriptCompleted(ILogger logger, string operation, string target, string scope, bool changed);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "The {Operation} script for {Target} failed with {Code}")]
    public static partial void ScriptFailed(ILogger logger, string operation, string target, string code);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Reading {Count} GPO scopes in one script run")]
    public static partial void ReadingMany(ILogger logger, int count);
}
