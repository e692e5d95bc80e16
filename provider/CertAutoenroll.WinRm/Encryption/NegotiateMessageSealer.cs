using System.Buffers;
using System.Net.Security;

namespace CertAutoenroll.WinRm.Encryption;

/// <summary>
/// Seals with a completed NegotiateAuthentication. NTLM's wrap is signature ‖ sealed data already; a Kerberos
/// wrap token is laid out as Windows sends it (<see cref="KerberosWrapToken"/>). Either way the security header
/// is whatever the wrap put before the data: its length is measured, never assumed.
/// </summary>
internal sealed class NegotiateMessageSealer(NegotiateAuthentication context, string protocol) : IMessageSealer
{
    private readonly Lock _lock = new();

    public string Protocol => protocol;

    public SealedMessage Wrap(ReadOnlySpan<byte> plaintext)
    {
        var output = new ArrayBufferWriter<byte>(plaintext.Length + 128);
        NegotiateAuthenticationStatusCode status;
        string package;
        lock (_lock)
        {
            status = context.Wrap(plaintext, output, requestEncryption: true, out var encrypted);
            package = context.Package;
            if (status == NegotiateAuthenticationStatusCode.Completed && !encrypted)
            {
                throw new WinRmProtocolException($"The {package} context signed but did not encrypt the message; refusing to send it.");
            }
        }

        if (status != NegotiateAuthenticationStatusCode.Completed)
        {
            throw new WinRmProtocolException($"Sealing the message failed ({status}).");
        }

        var token = output.WrittenSpan;
        if (string.Equals(package, "Kerberos", StringComparison.OrdinalIgnoreCase))
        {
            token = KerberosWrapToken.ToWinRmLayout(token, plaintext.Length);
        }

        var headerLength = token.Length - plaintext.Length;
        return headerLength < 0
            ? throw new WinRmProtocolException($"The {package} wrap is shorter than the message.")
            : new SealedMessage(token[..headerLength].ToArray(), token[headerLength..].ToArray());
    }

    public byte[] Unwrap(ReadOnlySpan<byte> header, ReadOnlySpan<byte> sealedData)
    {
        var input = new byte[header.Length + sealedData.Length];
        header.CopyTo(input);
        sealedData.CopyTo(input.AsSpan(header.Length));
        var output = new ArrayBufferWriter<byte>(Math.Max(input.Length, 1));
        NegotiateAuthenticationStatusCode status;
        lock (_lock)
        {
            status = context.Unwrap(input, output, out _);
        }

        return status == NegotiateAuthenticationStatusCode.Completed
            ? output.WrittenSpan.ToArray()
            : throw new WinRmProtocolException(
                $"The reply's signature or seal did not verify ({status}); the message was changed in transit or the security context is out of step.");
    }
}
