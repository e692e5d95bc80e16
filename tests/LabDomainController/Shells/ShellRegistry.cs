using System.Collections.Concurrent;
using LabDomainController.Hosting;
using LabDomainController.Limits;
using LabDomainController.WsMan;

namespace LabDomainController.Shells;

/// <summary>
/// Open shells of the lab's one user, with Windows' MaxShellsPerUser quota and idle expiry: a shell without
/// requests for its idle timeout is deleted with its processes, and from then on is unknown (fault 2150858843).
/// </summary>
internal sealed class ShellRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, LabShell> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _createLock = new();
    private readonly LabOptions _options;
    private readonly LabCounterState _counters;
    private readonly ServiceLimits _limits;
    private readonly TimeProvider _clock;
    private readonly ITimer _sweep;

    public ShellRegistry(LabOptions options, LabCounterState counters, ServiceLimits limits, TimeProvider clock)
    {
        _options = options;
        _counters = counters;
        _limits = limits;
        _clock = clock;
        var period = TimeSpan.FromTicks(Math.Clamp(limits.ShellIdleTimeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond * 30));
        _sweep = clock.CreateTimer(_ => ExpireIdle(), null, period, period);
    }

    public int Count => _shells.Count;

    public LabShell Create(int codepage, IReadOnlyDictionary<string, string> environment, TimeSpan? requestedIdleTimeout, string? owner = null)
    {
        ExpireIdle();
        lock (_createLock)
        {
            if (_shells.Count >= _options.MaxShells)
            {
                throw WsManFaultException.MaxShells(_options.MaxShells);
            }

            var shell = new LabShell(
                Guid.NewGuid().ToString("D").ToUpperInvariant(), codepage, environment, _limits.ShellIdleTimeoutFor(requestedIdleTimeout), _clock)
            {
                Owner = owner,
            };
            _shells[shell.ShellId] = shell;
            _counters.ShellCreated();
            return shell;
        }
    }

    /// <summary>The shell a request addresses; the request counts as activity.</summary>
    public LabShell Get(string? shellId)
    {
        var shell = Find(shellId) ?? throw WsManFaultException.ShellNotFound(shellId ?? "(none)");
        shell.Touch();
        return shell;
    }

    public async Task DeleteAsync(string? shellId)
    {
        if (Find(shellId) is null || !_shells.TryRemove(shellId!, out var shell))
        {
            throw WsManFaultException.ShellNotFound(shellId ?? "(none)");
        }

        _counters.ShellClosed();
        await shell.DisposeAsync().ConfigureAwait(false);
    }

    public async Task DeleteAllAsync()
    {
        foreach (var id in _shells.Keys.ToArray())
        {
            if (_shells.TryRemove(id, out var shell))
            {
                _counters.ShellClosed();
                await shell.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _sweep.Dispose();

    /// <summary>An open shell, or null when it is unknown or has just expired (fault injection peeks with it too).</summary>
    public LabShell? Find(string? shellId)
    {
        if (shellId is null || !_shells.TryGetValue(shellId, out var shell))
        {
            return null;
        }

        if (!shell.IsExpired(_clock.GetUtcNow()))
        {
            return shell;
        }

        Expire(shell);
        return null;
    }

    private void ExpireIdle()
    {
        var now = _clock.GetUtcNow();
        foreach (var shell in _shells.Values)
        {
            if (shell.IsExpired(now))
            {
                Expire(shell);
            }
        }
    }

    private void Expire(LabShell shell)
    {
        if (_shells.TryRemove(new KeyValuePair<string, LabShell>(shell.ShellId, shell)))
        {
            _counters.ShellClosed();
            _ = Task.Run(async () => await shell.DisposeAsync().ConfigureAwait(false));
        }
    }
}
