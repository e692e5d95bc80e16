using System.Collections.Concurrent;

namespace LabDomainController.Shells;

/// <summary>
/// One WinRS shell: its id, codepage, environment and running commands, and when a request last touched it
/// (the service deletes a shell left without requests for its idle timeout).
/// </summary>
internal sealed class LabShell : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, IShellCommand> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _startLock = new();
    private readonly TimeProvider _clock;
    private long _lastActivityTicks;
    private int _busy;
    private int _starting;

    public LabShell(string shellId, int codepage, IReadOnlyDictionary<string, string> environment, TimeSpan idleTimeout, TimeProvider clock)
    {
        ShellId = shellId;
        Codepage = codepage;
        Environment = environment;
        IdleTimeout = idleTimeout;
        _clock = clock;
        Touch();
    }

    public string ShellId { get; }

    public int Codepage { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public TimeSpan IdleTimeout { get; }

    /// <summary>The domain account that opened the shell: its processes run as that account (null = the administrator).</summary>
    public string? Owner { get; init; }

    public void Touch() => Interlocked.Exchange(ref _lastActivityTicks, _clock.GetUtcNow().UtcTicks);

    /// <summary>A request in progress (a waiting Receive) keeps the shell from expiring; it counts as activity when it ends.</summary>
    public IDisposable Busy()
    {
        Interlocked.Increment(ref _busy);
        return new BusyScope(this);
    }

    public bool IsExpired(DateTimeOffset now) =>
        Volatile.Read(ref _busy) == 0 && now.UtcTicks - Interlocked.Read(ref _lastActivityTicks) >= IdleTimeout.Ticks;

    /// <summary>Reserves a process start unless <paramref name="limit"/> (0 = none) processes already run or start.</summary>
    public bool TryBeginStart(int limit)
    {
        lock (_startLock)
        {
            if (limit > 0 && _commands.Values.Count(c => c.IsRunning) + _starting >= limit)
            {
                return false;
            }

            _starting++;
            return true;
        }
    }

    /// <summary>Ends a start reserved by <see cref="TryBeginStart"/>; <paramref name="command"/> is null when it failed.</summary>
    public void EndStart(IShellCommand? command)
    {
        lock (_startLock)
        {
            if (command is not null)
            {
                _commands[command.CommandId] = command;
            }

            _starting--;
        }
    }

    public bool HasCommands => !_commands.IsEmpty;

    /// <summary>Kills every process of the shell, as when it crashes or is killed on the DC; the shell itself stays.</summary>
    public void TerminateAll()
    {
        foreach (var command in _commands.Values)
        {
            command.Terminate();
        }
    }

    public void Add(IShellCommand command) => _commands[command.CommandId] = command;

    public IShellCommand? Find(string commandId) => _commands.TryGetValue(commandId, out var command) ? command : null;

    public async Task RemoveAsync(string commandId)
    {
        if (_commands.TryRemove(commandId, out var command))
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _commands.Keys.ToArray())
        {
            await RemoveAsync(id).ConfigureAwait(false);
        }
    }

    private sealed class BusyScope(LabShell shell) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                shell.Touch();
                Interlocked.Decrement(ref shell._busy);
            }
        }
    }
}
