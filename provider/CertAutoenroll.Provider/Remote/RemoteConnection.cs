using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Errors;
using CertAutoenroll.Provider.Logging;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.Provider.Remote;

/// <summary>
/// The provider's one link to the DC: a small pool of persistent remote PowerShell sessions,
/// opened at first use (never in preview), shared by every resource's client.
/// </summary>
internal sealed class RemoteConnection(ILoggerFactory loggerFactory, SecretRedactor redactor) : IAsyncDisposable
{
    /// <summary>How long closing may take: the engine gives Cancel 5 s and kills a plugin that lingers 5 s after its interrupt.</summary>
    private static readonly TimeSpan CloseBudget = TimeSpan.FromSeconds(4);

    private readonly Lock _gate = new();
    private readonly ILogger _logger = loggerFactory.CreateLogger<RemoteConnection>();
    private ProviderConfig? _config;
    private WinRmPowerShellPool? _pool;
    private RemoteSession? _session;
    private bool _cancelled;

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
            if (_cancelled)
            {
                // A new pool now would open a shell that nothing deletes: the engine kills the plugin soon after Cancel.
                throw new OperationCanceledException("The engine cancelled this run; no new remote session is opened.");
            }

            connecting = _session is null;
            if (_session is null)
            {
                _pool = new WinRmPowerShellPool(config.Connection, WinRmPowerShellPool.DefaultMaxSessions, loggerFactory);
                _session = new RemoteSession(_pool, loggerFactory, config.Server);
            }

            return _session;
        }
    }

    /// <summary>
    /// The engine's Cancel: no operation reaches the DC after it, and the engine ends the plugin a few seconds later (an
    /// interrupt, then a kill; an interrupt the process ignores, as one started with SIGINT ignored does, leaves only the
    /// kill). So the remote shells and their PowerShell processes are deleted now, not at exit.
    /// </summary>
    public ValueTask CloseForCancelAsync()
    {
        lock (_gate)
        {
            _cancelled = true;
        }

        return DisposeAsync();
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

    private async Task CloseAsync(WinRmPowerShellPool pool)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var timeout = new CancellationTokenSource(CloseBudget);
            await pool.DisposeAsync().AsTask().WaitAsync(timeout.Token).ConfigureAwait(false);
            ProviderLog.RemoteClosed(_logger, clock.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException or CertAutoenroll.WinRm.WinRmException or HttpRequestException)
        {
            // Closing remote shells is best effort; the DC reaps idle shells itself.
            ProviderLog.RemoteCloseIncomplete(_logger, clock.ElapsedMilliseconds, ex.Message);
        }
    }
}
