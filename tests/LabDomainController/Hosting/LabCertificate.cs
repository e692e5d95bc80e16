using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LabDomainController.Auth;

namespace LabDomainController.Hosting;

/// <summary>The listener's self-signed certificate: CN=dc01.lab.test (the DC's DNS name), SAN that name, localhost and 127.0.0.1.</summary>
internal static class LabCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=" + LabIdentity.DnsComputerName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName(LabIdentity.DnsComputerName);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    public static void WritePem(X509Certificate2 certificate, string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, certificate.ExportCertificatePem() + "\n");
        File.Move(temporary, path, overwrite: true);
    }
}
