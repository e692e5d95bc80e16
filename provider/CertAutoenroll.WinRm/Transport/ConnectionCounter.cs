namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// Counts TCP connections opened by one handler (the count identifies "the current connection") and keeps the
/// tls-server-end-point hash of the certificate each https connection presented, for channel binding.
/// </summary>
internal sealed class ConnectionCounter
{
    private readonly Lock _lock = new();
    private long _opened;
    private long _certificateConnection = -1;
    private byte[]? _endPointHash;

    public long Current => Interlocked.Read(ref _opened);

    public void Opened() => Interlocked.Increment(ref _opened);

    public void CertificateAccepted(byte[] endPointHash)
    {
        lock (_lock)
        {
            _certificateConnection = Current;
            _endPointHash = endPointHash;
        }
    }

    /// <summary>The certificate hash of the current connection, or null before its TLS handshake.</summary>
    public byte[]? CurrentEndPointHash()
    {
        lock (_lock)
        {
            return _certificateConnection == Current ? _endPointHash : null;
        }
    }
}
