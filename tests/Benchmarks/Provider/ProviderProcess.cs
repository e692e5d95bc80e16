using System.Diagnostics;
using System.Globalization;
using Benchmarks.Measurement;
using CertAutoenroll.ProviderTestSupport;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;

namespace Benchmarks.Provider;

/// <summary>
/// The real <c>pulumi-resource-certautoenroll</c> process, started and stopped as the engine does:
/// engine address as the last argument, port read from the first stdout line, h2c channel, and at
/// the end Cancel, an interrupt, and a kill if it lingers.
/// </summary>
internal sealed class ProviderProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly GrpcChannel _channel;
    private readonly Queue<string> _stderr;

    private ProviderProcess(Process process, Queue<string> stderr, int port, TimeSpan startup)
    {
        _process = process;
        _stderr = stderr;
        Startup = startup;
        _channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions
        {
            MaxReceiveMessageSize = 400 * 1024 * 1024,
            MaxSendMessageSize = 400 * 1024 * 1024,
        });
        Client = new ResourceProvider.ResourceProviderClient(_channel);
    }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>The provider's process id (for /proc measurements of its memory and sockets).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Process start to port line.</summary>
    public TimeSpan Startup { get; }

    /// <summary>What the provider wrote to stderr lately (hidden from users by the engine; shown here on failure).</summary>
    public string StderrTail
    {
        get
        {
            lock (_stderr)
            {
                return string.Join('\n', _stderr);
            }
        }
    }

    public static async Task<ProviderProcess> StartAsync(string engineAddress, TraceLog? trace, CancellationToken cancellationToken)
    {
        var stderr = new Queue<string>();
        string[] arguments = trace is null ? [engineAddress] : ["--logtostderr", engineAddress];
        var (process, line, elapsed) = await PluginProcessLauncher.StartAsync(
            RepositoryPaths.Provider,
            arguments,
            text =>
            {
                Remember(stderr, text);
                trace?.Write("provider", text);
            },
            StartTimeout,
            cancellationToken).ConfigureAwait(false);
        if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            PluginProcessLauncher.Kill(process);
            process.Dispose();
            throw new InvalidOperationException($"The provider wrote '{line}' as its first stdout line; the engine needs its port there and nothing else.");
        }

        return new ProviderProcess(process, stderr, port, elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await Client.CancelAsync(new Empty(), cancellationToken: timeout.Token).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException)
        {
            // the engine tolerates a failed Cancel too
        }

        PluginProcessLauncher.Interrupt(_process);
        try
        {
            await _process.WaitForExitAsync().WaitAsync(ExitTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            PluginProcessLauncher.Kill(_process);
        }

        _channel.Dispose();
        _process.Dispose();
    }

    private static void Remember(Queue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            while (lines.Count > 40)
            {
                lines.Dequeue();
            }
        }
    }
}
