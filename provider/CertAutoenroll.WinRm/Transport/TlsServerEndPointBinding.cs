using System.Runtime.InteropServices;
using System.Security.Authentication.ExtendedProtection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// The <c>tls-server-end-point</c> channel binding of RFC 5929 section 4: "tls-server-end-point:" and the hash of
/// the server's certificate, in the SEC_CHANNEL_BINDINGS layout NegotiateAuthentication reads (eight 32-bit
/// fields, then the application data), so NTLM's MsvAvChannelBindings and Kerberos' checksum carry it.
/// </summary>
internal sealed class TlsServerEndPointBinding : ChannelBinding
{
    private const int StructLength = 32;
    private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("tls-server-end-point:");

    private readonly int _size;

    public TlsServerEndPointBinding(ReadOnlySpan<byte> certificateHash)
        : base(ownsHandle: true)
    {
        var applicationData = new byte[Prefix.Length + certificateHash.Length];
        Prefix.CopyTo(applicationData, 0);
        certificateHash.CopyTo(applicationData.AsSpan(Prefix.Length));
        _size = StructLength + applicationData.Length;
        var memory = Marshal.AllocHGlobal(_size);
        SetHandle(memory);
        var bytes = new byte[_size];
        BitConverter.TryWriteBytes(bytes.AsSpan(24), applicationData.Length);
        BitConverter.TryWriteBytes(bytes.AsSpan(28), StructLength);
        applicationData.CopyTo(bytes, StructLength);
        Marshal.Copy(bytes, 0, memory, _size);
    }

    public override int Size => _size;

    /// <summary>
    /// The certificate's hash per RFC 5929 4.1: its signature algorithm's hash function, except that MD5 and
    /// SHA-1 become SHA-256.
    /// </summary>
    public static byte[] HashOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var raw = certificate.RawData;
        return certificate.SignatureAlgorithm.Value switch
        {
            "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => SHA384.HashData(raw),
            "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => SHA512.HashData(raw),
            _ => SHA256.HashData(raw),
        };
    }

    protected override bool ReleaseHandle()
    {
        Marshal.FreeHGlobal(handle);
        return true;
    }
}
