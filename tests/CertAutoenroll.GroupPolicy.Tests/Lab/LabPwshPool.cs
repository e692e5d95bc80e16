using System.Threading.Channels;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Lab;

/// <summary>Several lab pwsh processes behind one session, run in parallel like WinRmPowerShellPool.</summary>
internal sealed class LabPwshPool : IPowerShellSession
{
    private readonly LabPwshSession[] _sessions;
    private readonly Channel<LabPwshSession> _free = Channel.CreateUnbounded<LabPwshSession>();

    public LabPwshPool(string dataDirectory, int size)
    {
        _sessions = Enumerable.Range(0, size).Select(_ => LabPwshSession.Start(dataDirectory)).ToArray();
        foreach (var session in _sessions)
        {
            _free.Writer.TryWrite(session);
        }
    }

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        var session = await _free.Reader.ReadAsync(cancellationToken);
        try
        {
            return await session.InvokeAsync(script, argument, cancellationToken);
        }
        finally
        {
            _free.Writer.TryWrite(session);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
        }
    }
}
