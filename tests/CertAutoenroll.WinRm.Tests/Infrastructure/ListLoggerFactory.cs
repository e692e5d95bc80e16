using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>Hands one <see cref="ListLogger"/> to every category, so a test sees everything a client logged.</summary>
internal sealed class ListLoggerFactory : ILoggerFactory
{
    private const int AuthenticatedEventId = 3012;

    public ListLogger Logger { get; } = new();

    /// <summary>The package named by the last "Authenticated to … with {Package} (…)" entry.</summary>
    public string? AuthenticatedPackage()
    {
        var message = Logger.Entries.LastOrDefault(e => e.Id.Id == AuthenticatedEventId).Message;
        if (message is null)
        {
            return null;
        }

        var start = message.IndexOf(" with ", StringComparison.Ordinal) + " with ".Length;
        return message[start..message.IndexOf(" (", start, StringComparison.Ordinal)];
    }

    public ILogger CreateLogger(string categoryName) => Logger;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
