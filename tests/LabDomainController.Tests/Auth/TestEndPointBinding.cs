using System.Runtime.InteropServices;
using System.Security.Authentication.ExtendedProtection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace LabDomainController.Tests.Auth;

/// <summary>A tls-server-end-point binding in the SEC_CHANNEL_BINDINGS layout NegotiateAuthentication reads, for a given certificate.</summary>
internal sealed class TestEndPointBinding : ChannelBinding
{
    private readonly int _size;

    public TestEndPointBinding(X509Certificate2 certificate)
        : base(ownsHandle: true)
    {
        byte[] data = [.. Encoding.ASCII.GetBytes("tls-server-end-point:"), .. SHA256.HashData(certificate.RawData)];
        var bytes = new byte[32 + data.Length];
        BitConverter.TryWriteBytes(bytes.AsSpan(24), data.Length);
        BitConverter.TryWriteBytes(bytes.AsSpan(28), 32);
        data.CopyTo(bytes, 32);
        _size = bytes.Length;
        SetHandle(Marshal.AllocHGlobal(_size));
        Marshal.Copy(bytes, 0, handle, _size);
    }

    public override int Size => _size;

    protected override bool ReleaseHandle()
    {
        Marshal.FreeHGlobal(handle);
        return true;
    }
}
