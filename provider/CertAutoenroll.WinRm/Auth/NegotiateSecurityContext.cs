using System.Buffers;
using System.Net;
using System.Net.Security;
using System.Security.Authentication.ExtendedProtection;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// One NTLM/Negotiate/Kerberos client context (System.Net.Security.NegotiateAuthentication) for one TCP connection;
/// after the handshake it seals and unseals WinRM messages.
/// </summary>
internal sealed class NegotiateSecurityContext : Encryption.IMessageSealer, IDisposable
{
    private readonly NegotiateAuthentication _context;
    private readonly Lock _sealLock = new();

    public NegotiateSecurityContext(AuthenticationPlan plan, ChannelBinding? binding = null)
    {
        _context = new NegotiateAuthentication(new NegotiateAuthenticationClientOptions
        {
            Package = plan.Package!,
            Credential = plan.Credential ?? CredentialCache.DefaultNetworkCredentials,
            TargetName = plan.TargetName,
            RequiredProtectionLevel = plan.SealMessages ? ProtectionLevel.EncryptAndSign : ProtectionLevel.None,
            Binding = binding,
        });
    }

    public bool IsCompleted { get; private set; }

    public string Package => _context.Package;

    public int HeaderLength => 16;

    /// <summary>The next token to send, or null when the context needs nothing more.</summary>
    public string? Step(string? incomingToken)
    {
        var outgoing = _context.GetOutgoingBlob(incomingToken, out var status);
        switch (status)
        {
            case NegotiateAuthenticationStatusCode.Completed:
                IsCompleted = true;
                return outgoing;
            case NegotiateAuthenticationStatusCode.ContinueNeeded:
                return outgoing;
            case NegotiateAuthenticationStatusCode.Unsupported:
                throw new WinRmAuthenticationException(
                    $"The {_context.Package} authentication package is not available on this machine. On Linux NTLM needs the "
                    + "System.Net.Security.UseManagedNtlm switch (set by the provider's executable); Kerberos needs libgssapi-krb5 and a ticket cache.");
            default:
                throw new WinRmAuthenticationException(
                    $"The {_context.Package} handshake failed locally ({status}); check the user name format (DOMAIN\\user or user@realm), "
                    + "the auth method and that the server offers it.");
        }
    }

    public byte[] Wrap(ReadOnlySpan<byte> plaintext)
    {
        var output = new ArrayBufferWriter<byte>(plaintext.Length + 64);
        NegotiateAuthenticationStatusCode status;
        lock (_sealLock)
        {
            status = _context.Wrap(plaintext, output, requestEncryption: true, out _);
        }

        return status == NegotiateAuthenticationStatusCode.Completed
            ? output.WrittenSpan.ToArray()
            : throw new WinRmProtocolException($"Sealing the message failed ({status}).");
    }

    public byte[] Unwrap(ReadOnlySpan<byte> headerAndData)
    {
        var output = new ArrayBufferWriter<byte>(Math.Max(headerAndData.Length, 1));
        NegotiateAuthenticationStatusCode status;
        lock (_sealLock)
        {
            status = _context.Unwrap(headerAndData, output, out _);
        }

        return status == NegotiateAuthenticationStatusCode.Completed
            ? output.WrittenSpan.ToArray()
            : throw new WinRmProtocolException(
                $"The reply's signature or seal did not verify ({status}); the message was changed in transit or the security context is out of step.");
    }

    public void Dispose() => _context.Dispose();
}
