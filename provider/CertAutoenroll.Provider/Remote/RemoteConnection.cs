using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.Provider.Remote;

/// <summary>
/// The provider's one link to the DC: a small pool of persistent remote PowerShell sessions,
/// opened at first use (never in preview), shared by every resource's client.
/// </summary>
internal sealed class RemoteConnection(ILoggerFactory loggerFactory, SecretRedactor redactor) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private ProviderConfig? _config;
    private WinRmPowerShellPool? _pool;
    private RemoteSession? _session;

    public ProviderConfig? Config => _config;

    /// <summary>The configured DC as users know it, for messages.</summary>
    public string HostDescription => _config is null ? "(not configured)" : $"{_config.Connection.Host}:{_config.Connection.EffectivePort}";

    /// <summary>Takes a (new) configuration; sessions opened for an earlier one are closed, not reused.</summary>
    public void Configure(ProviderConfig config)
    {
        redactor.Add(config.Connection.Password);
        WinRmPowerShellPool? stale;
        lock (_gate)
        {
            _config = config;
            stale = _pool;
            _pool = null;
            _session = null;
        }

        if (stale is not null)
        {
            _ = CloseAsync(stale);
        }
    }

    public ProviderConfig RequireConfig() => _config ?? throw RpcErrorMapper.NotConfigured();

    /// <summary>The shared session, opening the pool on first use; <paramref name="connecting"/> tells the caller to report "connecting".</summary>
    public RemoteSession GetSession(out bool connecting)
    {
        var config = RequireConfig();
        lock (_gate)
        {
            connecting = _session is null;
            if (_session is null)
            {
                _pool = new WinRmPowerShellPool(config.Connection, WinRmPowerShellPool.DefaultMaxSessions, loggerFactory);
                _session = new RemoteSession(_pool, loggerFactory, config.Server);
            }

            return _session;
        }
    }

    public async ValueTask DisposeAsync()
    {
        WinRmPowerShellPool? pool;
        lock (_gate)
        {
            pool = _pool;
            _pool = null;
            _session = null;
        }

        if (pool is not null)
        {
            await CloseAsync(pool).ConfigureAwait(false);
        }
    }

    private static async Task CloseAsync(WinRmPowerShellPool pool)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await pool.DisposeAsync().AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or CertAutoenroll.WinRm.WinRmException or HttpRequestException)
        {
            // Closing remote shells is best effort; the DC reaps idle shells itself.
        }
    }
}
