using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

/// <summary>CbtHardeningLevel on the https listener, with .NET's managed NTLM as the client.</summary>
public sealed class NtlmChannelBindingTests : IDisposable
{
    private const string Password = "Lab-Pass-1234!";
    private readonly X509Certificate2 _certificate = SelfSigned("CN=dc01.lab.test");
    private readonly X509Certificate2 _otherCertificate = SelfSigned("CN=proxy.example");

    [Fact]
    public void AcceptAuthenticate_StrictWithMatchingBinding_Authenticates()
    {
        using var binding = new TestEndPointBinding(_certificate);
        var server = Server(CbtHardening.Strict, isHttps: true);

        Assert.True(Handshake(new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password, binding), server));
        Assert.False(server.ChannelBindingRejected);
    }

    [Fact]
    public void AcceptAuthenticate_StrictWithoutBinding_RejectsForTheBinding()
    {
        var server = Server(CbtHardening.Strict, isHttps: true);

        Assert.False(Handshake(new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password), server));
        Assert.True(server.ChannelBindingRejected);
    }

    [Fact]
    public void AcceptAuthenticate_RelaxedWithoutBinding_Authenticates()
    {
        var server = Server(CbtHardening.Relaxed, isHttps: true);

        Assert.True(Handshake(new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password), server));
    }

    [Fact]
    public void AcceptAuthenticate_RelaxedWithAnotherCertificatesBinding_RejectsForTheBinding()
    {
        using var binding = new TestEndPointBinding(_otherCertificate);
        var server = Server(CbtHardening.Relaxed, isHttps: true);

        Assert.False(Handshake(new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password, binding), server));
        Assert.True(server.ChannelBindingRejected);
    }

    [Fact]
    public void AcceptAuthenticate_StrictOverHttp_DoesNotAskForABinding()
    {
        var server = Server(CbtHardening.Strict, isHttps: false);

        Assert.True(Handshake(new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password), server));
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _otherCertificate.Dispose();
    }

    private NtlmServerContext Server(CbtHardening hardening, bool isHttps) =>
        new(new LabCredentials(@"LAB\Administrator", Password), TimeProvider.System, LabChannelBinding.For(_certificate, hardening), isHttps);

    private static bool Handshake(DotNetNtlmClient client, NtlmServerContext server)
    {
        using (client)
        {
            var negotiate = client.Next(null, out _);
            var authenticate = client.Next(server.AcceptNegotiate(negotiate!), out _);
            return server.AcceptAuthenticate(authenticate!);
        }
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
