using System.Collections.Concurrent;
using LabDomainController.Hosting;
using LabDomainController.WsMan;

namespace LabDomainController.Shells;

/// <summary>Open shells of the lab's one user, with Windows' MaxShellsPerUser quota.</summary>
internal sealed class ShellRegistry(LabOptions options, LabCounterState counters)
{
    private readonly ConcurrentDictionary<string, LabShell> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _createLock = new();

    public int Count => _shells.Count;

    public LabShell Create(int codepage, IReadOnlyDictionary<string, string> environment)
    {
        lock (_createLock)
        {
            if (_shells.Count >= options.MaxShells)
            {
                throw WsManFaultException.MaxShells(options.MaxShells);
            }

            var shell = new LabShell(Guid.NewGuid().ToString("D").ToUpperInvariant(), codepage, environment);
            _shells[shell.ShellId] = shell;
            counters.ShellCreated();
            return shell;
        }
    }

    public LabShell Get(string? shellId) =>
        shellId is not null && _shells.TryGetValue(shellId, out var shell)
            ? shell
            : throw WsManFaultException.ShellNotFound(shellId ?? "(none)");

    public async Task DeleteAsync(string? shellId)
    {
        if (shellId is null || !_shells.TryRemove(shellId, out var shell))
        {
            throw WsManFaultException.ShellNotFound(shellId ?? "(none)");
        }

        counters.ShellClosed();
        await shell.DisposeAsync().ConfigureAwait(false);
    }

    public async Task DeleteAllAsync()
    {
        foreach (var id in _shells.Keys.ToArray())
        {
            if (_shells.TryRemove(id, out var shell))
            {
                counters.ShellClosed();
                await shell.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
