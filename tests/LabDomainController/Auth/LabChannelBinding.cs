using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace LabDomainController.Auth;

/// <summary>
/// The channel binding an NTLM client on the lab's https listener must put in MsvAvChannelBindings
/// (MS-NLMP 2.2.2.1): MD5 of the RFC 4121 4.1.1.2 channel-bindings structure (zero initiator and acceptor
/// addresses, then the application data) whose application data is RFC 5929's
/// "tls-server-end-point:" ‖ hash of the listener's certificate.
/// </summary>
internal sealed class LabChannelBinding(byte[] expectedHash, CbtHardening hardening)
{
    public CbtHardening Hardening => hardening;

    public static LabChannelBinding For(X509Certificate2 certificate, CbtHardening hardening) => new(NtlmHash(certificate), hardening);

    /// <summary>Whether the MsvAvChannelBindings value (null when absent) is acceptable on a connection.</summary>
    public bool Accepts(byte[]? clientHash, bool isHttps)
    {
        if (!isHttps || hardening == CbtHardening.None)
        {
            return true;
        }

        var sent = clientHash is { Length: 16 } && clientHash.AsSpan().IndexOfAnyExcept((byte)0) >= 0;
        if (!sent)
        {
            return hardening == CbtHardening.Relaxed;
        }

        return CryptographicOperations.FixedTimeEquals(clientHash, expectedHash);
    }

    public static byte[] NtlmHash(X509Certificate2 certificate)
    {
        var applicationData = EndPointApplicationData(certificate);
        var structure = new byte[20 + applicationData.Length];
        BinaryPrimitives.WriteInt32LittleEndian(structure.AsSpan(16), applicationData.Length);
        applicationData.CopyTo(structure, 20);
        return MD5.HashData(structure);
    }

    private static byte[] EndPointApplicationData(X509Certificate2 certificate)
    {
        // RFC 5929 4.1: the certificate's signature hash; MD5 and SHA-1 are replaced by SHA-256.
        var hash = certificate.SignatureAlgorithm.Value switch
        {
            "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => SHA384.HashData(certificate.RawData),
            "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => SHA512.HashData(certificate.RawData),
            _ => SHA256.HashData(certificate.RawData),
        };
        return [.. Encoding.ASCII.GetBytes("tls-server-end-point:"), .. hash];
    }
}
