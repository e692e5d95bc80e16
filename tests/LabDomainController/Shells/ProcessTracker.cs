using System.Collections.Concurrent;
using System.Diagnostics;

namespace LabDomainController.Shells;

/// <summary>Every process the lab started, so shutdown can kill them all and leave nothing running.</summary>
internal sealed class ProcessTracker
{
    private readonly ConcurrentDictionary<int, Process> _processes = new();

    public void Add(Process process) => _processes[process.Id] = process;

    public void Remove(Process process) => _processes.TryRemove(process.Id, out _);

    public void KillAll()
    {
        foreach (var process in _processes.Values)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }
        }

        _processes.Clear();
    }
}
