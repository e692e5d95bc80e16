using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 port 0 that answers each request from a script, counting requests.
/// Enough to observe the transport's retry and authentication behaviour.
/// </summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, string, ScriptedResponse> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;

    public ScriptedHttpServer(Func<int, string, ScriptedResponse> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await ReadRequestAsync(stream) is { } request)
                {
                    var number = Interlocked.Increment(ref _requests);
                    var response = _script(number, request);
                    if (response.DropConnection)
                    {
                        return;
                    }

                    var body = Encoding.UTF8.GetBytes(response.Body);
                    var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} X\r\nContent-Length: {body.Length}\r\n");
                    head.Append("Content-Type: application/soap+xml;charset=UTF-8\r\n");
                    if (response.WwwAuthenticate is { } challenge)
                    {
                        head.Append(CultureInfo.InvariantCulture, $"WWW-Authenticate: {challenge}\r\n");
                    }

                    if (response.CloseAfter)
                    {
                        head.Append("Connection: close\r\n");
                    }

                    head.Append("\r\n");
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                    await stream.WriteAsync(body, _stop.Token);
                    if (response.CloseAfter)
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
            {
                // Client went away.
            }
        }
    }

    private async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var headers = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(headers))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            headers.Add(one[0]);
        }

        var text = Encoding.ASCII.GetString(headers.ToArray());
        var lengthLine = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, _stop.Token);
        return text + Encoding.UTF8.GetString(body);
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';
}

/// <param name="DropConnection">Close the connection instead of answering.</param>
/// <param name="CloseAfter">Answer with <c>Connection: close</c>, then close: the next request needs a new connection.</param>
internal sealed record ScriptedResponse(int Status, string Body = "", string? WwwAuthenticate = null, bool DropConnection = false, bool CloseAfter = false);
