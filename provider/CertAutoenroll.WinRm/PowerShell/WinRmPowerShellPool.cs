using CertAutoenroll.WinRm.WsMan;
using CertAutoenroll.WinRm.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Up to <c>maxSessions</c> persistent remote PowerShell sessions, opened lazily and one at a time; each
/// invocation goes to an idle open session, else to the least loaded open one (where it is batched with the
/// others); another session starts opening, in the background, when every open session already has
/// <see cref="GrowthBacklog"/> requests and none is still opening. Opening sessions one at a time matters: a burst of requests would otherwise
/// start every session at once, each paying its handshake and PowerShell start while competing for the DC,
/// although one session answers a batch faster than several cold ones. A dead session is replaced on next use; a request it had already sent fails with
/// <see cref="WinRmSessionLostException"/> and is not re-run, one it had not sent moves to a new session.
/// </summary>
public sealed class WinRmPowerShellPool : IPowerShellSession
{
    /// <summary>The longest one script may run before its session is closed to stop it.</summary>
    public static readonly TimeSpan DefaultInvocationTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Requests waiting on every open session before another session is worth opening. Queued requests stay
    /// with the session they were given to, so a new session only serves later ones; and opening one costs a
    /// handshake plus a PowerShell start (about a second of the DC's CPU). Sixteen queued operations is about
    /// that much work, so below it one session that batches answers sooner than two.
    /// </summary>
    public const int GrowthBacklog = 16;

    private readonly WinRmConnectionOptions _options;
    private readonly int _maxSessions;
    private readonly TimeSpan _invocationTimeout;
    private readonly ILogger _logger;
    private readonly List<PersistentPowerShellSession> _sessions = [];
    private readonly Lock _lock = new();
    private int _opened;
    private bool _disposed;

    public WinRmPowerShellPool(WinRmConnectionOptions options, int maxSessions, ILoggerFactory loggerFactory)
        : this(options, maxSessions, loggerFactory, DefaultInvocationTimeout)
    {
    }

    public WinRmPowerShellPool(WinRmConnectionOptions options, int maxSessions, ILoggerFactory? loggerFactory, TimeSpan invocationTimeout)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSessions, 1);
        WinRmOptionRules.ThrowIfInvalid(options);
        _options = options;
        _maxSessions = maxSessions;
        _invocationTimeout = invocationTimeout;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<WinRmPowerShellPool>();
    }

    /// <summary>Sessions opened so far, including replaced ones (for diagnostics and tests).</summary>
    public int SessionsOpened => Volatile.Read(ref _opened);

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(argument);
        for (var attempt = 1; ; attempt++)
        {
            var session = Choose();
            try
            {
                return await session.InvokeAsync(script, argument, cancellationToken).ConfigureAwait(false);
            }
            catch (NotSentException) when (attempt < 3)
            {
                // It never reached the remote process: safe to hand to a fresh session.
            }
            catch (NotSentException notSent)
            {
                throw new WinRmSessionLostException($"No PowerShell session on {_options.Host} stayed up long enough to take the request.", notSent);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        PersistentPowerShellSession[] sessions;
        lock (_lock)
        {
            _disposed = true;
            sessions = [.. _sessions];
            _sessions.Clear();
        }

        foreach (var session in sessions)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    private PersistentPowerShellSession Open()
    {
        var number = Interlocked.Increment(ref _opened);
        var session = new PersistentPowerShellSession(
            () => WsManConnection.Open(_options, _logger), number, _options.Host, _invocationTimeout, _logger);
        _sessions.Add(session);
        return session;
    }

    private PersistentPowerShellSession Choose()
    {
        List<PersistentPowerShellSession> dead;
        PersistentPowerShellSession chosen;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            dead = _sessions.FindAll(s => !s.IsUsable);
            _sessions.RemoveAll(dead.Contains);
            var open = _sessions.FindAll(s => s.IsOpen);
            var idle = open.Find(s => s.Load == 0);
            if (idle is not null)
            {
                chosen = idle;
            }
            else if (_sessions.Count == 0)
            {
                chosen = Open();
            }
            else
            {
                // Grow in the background: requests wait on a session that is already open rather
                // than on one still paying its handshake and PowerShell start.
                var opening = open.Count < _sessions.Count;
                if (_sessions.Count < _maxSessions && !opening && open.TrueForAll(s => s.Load >= GrowthBacklog))
                {
                    Open();
                }

                chosen = (open.Count > 0 ? open : _sessions).MinBy(s => s.Load)!;
            }
        }

        foreach (var session in dead)
        {
            _ = session.DisposeAsync().AsTask();
        }

        return chosen;
    }
}
