using System.Net.Sockets;
using CertAutoenroll.Provider.Logging;

namespace CertAutoenroll.Provider.Engine;

/// <summary>
/// Stops the plugin when the engine is gone. A killed engine does not always kill its plugins,
/// and stdin is not a reliable signal, so this probes the engine's listener once a second.
/// </summary>
internal sealed class EngineWatchdog(
    EngineAddressHolder addressHolder,
    IHostApplicationLifetime lifetime,
    ILogger<EngineWatchdog> logger)
{
    private const int FailuresBeforeShutdown = 3;
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public void Start() => _ = Task.Run(() => WatchAsync(lifetime.ApplicationStopping));

    private async Task WatchAsync(CancellationToken stopping)
    {
        var failures = 0;
        using var timer = new PeriodicTimer(ProbeInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var address = addressHolder.Address;
                if (address is null)
                {
                    continue;
                }

                failures = await IsReachableAsync(address, stopping).ConfigureAwait(false) ? 0 : failures + 1;
                if (failures >= FailuresBeforeShutdown)
                {
                    ProviderLog.EngineGone(logger, address);
                    lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // shutting down anyway
        }
    }

    private static async Task<bool> IsReachableAsync(string address, CancellationToken cancellationToken)
    {
        var separator = address.LastIndexOf(':');
        if (separator < 0 || !int.TryParse(address.AsSpan(separator + 1), out var port))
        {
            return true; // not an address we can probe; never shut down because of it
        }

        var host = address[..separator].Trim('[', ']');
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
