namespace CertAutoenroll.WinRm.Transport;

/// <summary>Counts TCP connections opened by one handler; the count identifies "the current connection".</summary>
internal sealed class ConnectionCounter
{
    private long _opened;

    public long Current => Interlocked.Read(ref _opened);

    public void Opened() => Interlocked.Increment(ref _opened);
}
