using System.Buffers;
using System.Net;
using System.Net.Security;
using System.Security.Authentication.ExtendedProtection;

namespace LabDomainController.Tests.Auth;

/// <summary>.NET's own managed NTLM/SPNEGO client (NegotiateAuthentication), the peer the provider uses.</summary>
internal sealed class DotNetNtlmClient : IDisposable
{
    private readonly NegotiateAuthentication _client;

    public DotNetNtlmClient(string package, string userName, string password, ChannelBinding? binding = null)
    {
        var slash = userName.IndexOf('\\', StringComparison.Ordinal);
        _client = new NegotiateAuthentication(new NegotiateAuthenticationClientOptions
        {
            Package = package,
            Credential = new NetworkCredential(userName[(slash + 1)..], password, slash < 0 ? string.Empty : userName[..slash]),
            TargetName = "HTTP/dc01.lab.test",
            RequiredProtectionLevel = ProtectionLevel.EncryptAndSign,
            Binding = binding,
        });
    }

    public byte[]? Next(byte[]? incoming, out NegotiateAuthenticationStatusCode status) =>
        _client.GetOutgoingBlob(incoming, out status);

    public bool IsAuthenticated => _client.IsAuthenticated;

    public byte[] Wrap(byte[] plaintext)
    {
        var writer = new ArrayBufferWriter<byte>();
        var status = _client.Wrap(plaintext, writer, requestEncryption: true, out _);
        Assert.Equal(NegotiateAuthenticationStatusCode.Completed, status);
        return writer.WrittenSpan.ToArray();
    }

    public byte[] Unwrap(byte[] wrapped)
    {
        var writer = new ArrayBufferWriter<byte>();
        var status = _client.Unwrap(wrapped, writer, out _);
        Assert.Equal(NegotiateAuthenticationStatusCode.Completed, status);
        return writer.WrittenSpan.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
