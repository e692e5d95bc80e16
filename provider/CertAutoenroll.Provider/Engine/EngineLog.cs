using CertAutoenroll.Provider.Remote;
using Grpc.Net.Client;
using Pulumirpc;

namespace CertAutoenroll.Provider.Engine;

/// <summary>
/// Sends messages to the user through the engine's Log RPC: after the handshake the engine hides
/// the plugin's stdout and stderr. Logging never fails an operation. Messages reach the engine in the
/// order they were given, one after another, so a caller need not wait for one to be delivered before
/// giving the next (or before starting the work it announces).
/// </summary>
internal sealed class EngineLog(EngineAddressHolder addressHolder, SecretRedactor redactor) : IDisposable
{
    private readonly Lock _gate = new();
    private GrpcChannel? _channel;
    private string? _channelAddress;
    private Task _delivered = Task.CompletedTask;

    public Task StatusAsync(string message, string? urn, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Info, message, urn, ephemeral: true, cancellationToken);

    public Task WarningAsync(string message, string? urn, CancellationToken cancellationToken) =>
        SendAsync(LogSeverity.Warning, message, urn, ephemeral: false, cancellationToken);

    /// <summary>Completes when the message was delivered (or dropped: the engine gone, the caller cancelled); never throws.</summary>
    public Task SendAsync(LogSeverity severity, string message, string? urn, bool ephemeral, CancellationToken cancellationToken)
    {
        var client = GetClient();
        if (client is null)
        {
            return Task.CompletedTask;
        }

        var request = new LogRequest
        {
            Severity = severity,
            Message = redactor.Redact(message),
            Urn = urn ?? string.Empty,
            Ephemeral = ephemeral,
        };
        lock (_gate)
        {
            _delivered = DeliverAfterAsync(_delivered, client, request, cancellationToken);
            return _delivered;
        }
    }

    private static async Task DeliverAfterAsync(Task previous, Pulumirpc.Engine.EngineClient client, LogRequest request, CancellationToken cancellationToken)
    {
        // Whatever became of the line before, this one still goes: one failed delivery must not stop the rest.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await client.LogAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Grpc.Core.RpcException or OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            // The engine going away is noticed by the watchdog; a lost progress line is not an error.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _channel?.Dispose();
            _channel = null;
        }
    }

    private Pulumirpc.Engine.EngineClient? GetClient()
    {
        var address = addressHolder.Address;
        if (address is null)
        {
            return null;
        }

        lock (_gate)
        {
            if (_channel is null || _channelAddress != address)
            {
                _channel?.Dispose();
                _channel = GrpcChannel.ForAddress("http://" + address);
                _channelAddress = address;
            }

            return new Pulumirpc.Engine.EngineClient(_channel);
        }
    }
}
