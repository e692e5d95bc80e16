using System.Collections.Concurrent;

namespace LabDomainController.Shells;

/// <summary>One WinRS shell: its id, codepage, environment and running commands.</summary>
internal sealed class LabShell(string shellId, int codepage, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, IShellCommand> _commands = new(StringComparer.OrdinalIgnoreCase);

    public string ShellId { get; } = shellId;

    public int Codepage { get; } = codepage;

    public IReadOnlyDictionary<string, string> Environment { get; } = environment;

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
}
