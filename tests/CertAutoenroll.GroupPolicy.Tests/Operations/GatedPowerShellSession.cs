using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

/// <summary>Holds every invocation until the test releases it, to observe what runs at once.</summary>
internal sealed class GatedPowerShellSession(Func<PowerShellResult> answer) : IPowerShellSession
{
    private readonly SemaphoreSlim _release = new(0);
    private int _running;

    public int Started { get; private set; }

    public int MaxRunning { get; private set; }

    public void ReleaseOne() => _release.Release();

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        lock (_release)
        {
            Started++;
            MaxRunning = Math.Max(MaxRunning, ++_running);
        }

        await _release.WaitAsync(cancellationToken);
        lock (_release)
        {
            _running--;
        }

        return answer();
    }

    public ValueTask DisposeAsync()
    {
        _release.Dispose();
        return ValueTask.CompletedTask;
    }
}
