using System.Globalization;
using System.Net.Sockets;

namespace CertAutoenroll.Provider.Hosting;

/// <summary>The engine's gRPC address as the engine passes it: <c>host:port</c>, e.g. <c>127.0.0.1:50051</c>.</summary>
internal sealed record EngineAddress(string Host, int Port)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public static bool TryParse(string text, out EngineAddress address)
    {
        address = new EngineAddress(string.Empty, 0);
        var separator = text.LastIndexOf(':');
        if (separator <= 0
            || !int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            return false;
        }

        var host = text[..separator].Trim('[', ']');
        if (host.Length == 0 || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            return false;
        }

        address = new EngineAddress(host, port);
        return true;
    }

    /// <summary>Whether something listens there: the engine is listening before it starts a plugin.</summary>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(Host, Port, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (SocketException exception)
        {
            return exception.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {ProbeTimeout.TotalSeconds:0} s";
        }
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
