using CertAutoenroll.WinRm.WsMan;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Logging;
using CertAutoenroll.WinRm.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Up to <c>maxSessions</c> persistent remote PowerShell sessions, opened lazily and one at a time; each
/// invocation goes to an idle open session, else to the least loaded open one (where it is batched with the
/// others); another session starts opening, in the background, when every open session already has
/// <see cref="GrowthBacklog"/> requests and none is still opening. Opening sessions one at a time matters: a burst of requests would otherwise
/// start every session at once, each paying its handshake and PowerShell start while competing for the DC,
/// although one session answers a batch faster than several cold ones. A dead session is replaced on next use.
/// <para>
/// Transparent recovery: a request that met a transient fault (its session lost, a connection reset, a timeout,
/// an HTTP 5xx, the shell or the remote process gone, a quota) is re-run on a fresh session up to
/// <see cref="WinRmConnectionOptions.MaxRetries"/> times, with jittered backoff, while the caller's token allows;
/// so callers must send only idempotent scripts (every GroupPolicy script is: it sets, removes or reads declared
/// values). A request its session never sent moves to another session without using up a re-run. Then
/// <see cref="WinRmRetriesExhaustedException"/> names the attempts and the last fault. Credentials rejected at
/// logon are never retried: that request, every queued one and every later one fail at once with the same
/// message, without contacting the DC again (<see cref="RejectedCredentials"/>).
/// </para>
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

    /// <summary>The provider's pool size: at most this many remote PowerShell processes per provider process.</summary>
    public const int DefaultMaxSessions = 4;

    private readonly WinRmConnectionOptions _options;
    private readonly int _maxSessions;
    private readonly TimeSpan _invocationTimeout;
    private readonly ILogger _logger;
    private readonly List<PersistentPowerShellSession> _sessions = [];
    private readonly List<Task> _retiring = [];
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

    /// <summary>
    /// How many times a request not yet sent may move to another session: a bound for when no session ever opens. A move
    /// is not an attempt (the request never reached a PowerShell), so attempts count only the runs that met a fault.
    /// </summary>
    private int MaxMoves => (2 * _options.MaxRetries) + 2;

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(argument);
        RejectedCredentials.ThrowIfRejected(_options);
        var backoff = RetryPolicy.Default(MaxMoves);
        var reruns = 0;
        var moves = 0;
        Exception? lastFault = null;
        PersistentPowerShellSession? session = null;
        while (true)
        {
            try
            {
                session = Choose();
                return await session.InvokeAsync(script, argument, cancellationToken).ConfigureAwait(false);
            }
            catch (WinRmAuthenticationException rejected)
            {
                // Reaching here means the logon itself failed (an opened session reports a later 401 as lost).
                RejectedCredentials.Remember(_options, rejected);
                WinRmLog.CredentialsRejected(_logger, _options.Host);
                throw;
            }
            catch (Exception exception) when (cancellationToken.IsCancellationRequested)
            {
                lastFault ??= session?.LastFault;
                if (lastFault is not null)
                {
                    throw GiveUp(reruns + (exception is NotSentException ? 0 : 1), deadlinePassed: true, lastFault);
                }

                if (exception is NotSentException)
                {
                    throw new OperationCanceledException("The request was cancelled before it was sent.", exception, cancellationToken);
                }

                throw;
            }
            catch (NotSentException notSent)
            {
                lastFault = notSent.InnerException ?? notSent;
                if (++moves > MaxMoves)
                {
                    throw GiveUp(reruns, deadlinePassed: false, lastFault);
                }
            }
            catch (Exception exception) when (TransientFaults.IsTransient(exception))
            {
                lastFault = exception;
                if (++reruns > _options.MaxRetries)
                {
                    throw GiveUp(reruns, deadlinePassed: false, lastFault);
                }
            }

            RejectedCredentials.ThrowIfRejected(_options);
            var delay = backoff.DelayBefore(reruns + moves);
            WinRmLog.RerunOnFreshSession(_logger, _options.Host, lastFault.Message, reruns + 1, _options.MaxRetries + 1, (long)delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw GiveUp(reruns, deadlinePassed: true, lastFault);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        PersistentPowerShellSession[] sessions;
        Task[] retiring;
        lock (_lock)
        {
            _disposed = true;
            sessions = [.. _sessions];
            _sessions.Clear();
            retiring = [.. _retiring];
        }

        // All at once: each waits for its shell's Delete, and the process has only seconds left before it is killed.
        // Dead sessions may still be deleting their shells too: the process must not exit before they are gone.
        await Task.WhenAll(sessions.Select(session => Task.Run(() => session.DisposeAsync().AsTask())).Concat(retiring)).ConfigureAwait(false);
    }

    private WinRmRetriesExhaustedException GiveUp(int attempts, bool deadlinePassed, Exception lastFault)
    {
        WinRmLog.RetriesExhausted(_logger, _options.Host, attempts, lastFault.Message);
        return new WinRmRetriesExhaustedException($"{_options.Host}:{_options.EffectivePort}", attempts, deadlinePassed, lastFault);
    }

    private PersistentPowerShellSession Open()
    {
        var number = Interlocked.Increment(ref _opened);

        // The session's connection retries nothing itself: a Send or Receive repeated blindly after a lost reply
        // would run a request twice or lose its output. The session repeats what is safe; the pool re-runs the rest.
        var session = new PersistentPowerShellSession(
            () => WsManConnection.Open(_options, _logger, RetryPolicy.Default(0)), number, _options.Host, _invocationTimeout, _logger,
            _options.MaxRetries);
        _sessions.Add(session);
        return session;
    }

    private PersistentPowerShellSession Choose()
    {
        PersistentPowerShellSession chosen;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var dead = _sessions.FindAll(s => !s.IsUsable);
            _sessions.RemoveAll(dead.Contains);

            // Registered in the same step as the removal, so a DisposeAsync that runs now still waits for their Deletes.
            _retiring.RemoveAll(task => task.IsCompleted);
            _retiring.AddRange(dead.Select(session => Task.Run(() => session.DisposeAsync().AsTask())));
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

        return chosen;
    }
}
