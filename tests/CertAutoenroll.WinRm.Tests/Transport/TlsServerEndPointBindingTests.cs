using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Transport;

public sealed class TlsServerEndPointBindingTests
{
    [Fact]
    public void Constructor_Hash_WritesSecChannelBindingsThenApplicationData()
    {
        byte[] hash = [1, 2, 3, 4];
        using var binding = new TlsServerEndPointBinding(hash);

        var bytes = new byte[binding.Size];
        Marshal.Copy(binding.DangerousGetHandle(), bytes, 0, bytes.Length);

        var applicationData = Encoding.ASCII.GetBytes("tls-server-end-point:").Concat(hash).ToArray();
        Assert.Equal(32 + applicationData.Length, binding.Size);
        Assert.All(bytes[..24], b => Assert.Equal(0, b));
        Assert.Equal(applicationData.Length, BitConverter.ToInt32(bytes, 24));
        Assert.Equal(32, BitConverter.ToInt32(bytes, 28));
        Assert.Equal(applicationData, bytes[32..]);
    }

    [Theory]
    [InlineData("SHA256", 32)]
    [InlineData("SHA384", 48)]
    [InlineData("SHA512", 64)]
    public void HashOf_Certificate_UsesTheSignatureHash(string algorithm, int length)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=dc01.lab.test", key, new HashAlgorithmName(algorithm), RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var hash = TlsServerEndPointBinding.HashOf(certificate);

        Assert.Equal(length, hash.Length);
        byte[] expected = length switch
        {
            48 => SHA384.HashData(certificate.RawData),
            64 => SHA512.HashData(certificate.RawData),
            _ => SHA256.HashData(certificate.RawData),
        };
        Assert.Equal(expected, hash);
    }
}
