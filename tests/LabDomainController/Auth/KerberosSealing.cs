using System.Buffers;
using System.Buffers.Binary;
using System.Net.Security;

namespace LabDomainController.Auth;

/// <summary>
/// Kerberos message sealing as Windows frames it for WinRM: an RFC 4121 wrap token whose bytes after the
/// 16-byte header are rotated right by RRC so the security header (token header, trailer, confounder) comes
/// first and the data after it is exactly as long as the message. GSSAPI undoes the rotation on unwrap.
/// </summary>
internal sealed class KerberosSealing(NegotiateAuthentication context, string protocol) : IConnectionSealing
{
    private const int TokenHeaderLength = 16;
    private const int ConfounderLength = 16;

    public string Protocol => protocol;

    public (byte[] Signature, byte[] Sealed) Seal(ReadOnlySpan<byte> plaintext)
    {
        var output = new ArrayBufferWriter<byte>(plaintext.Length + 128);
        if (context.Wrap(plaintext, output, requestEncryption: true, out var encrypted) != NegotiateAuthenticationStatusCode.Completed || !encrypted)
        {
            throw new NtlmProtocolException("The Kerberos context could not seal the reply.");
        }

        var token = output.WrittenSpan;
        var body = token[TokenHeaderLength..];
        var trailer = body.Length - ConfounderLength - plaintext.Length;
        var rotated = new byte[token.Length];
        token[..TokenHeaderLength].CopyTo(rotated);
        BinaryPrimitives.WriteUInt16BigEndian(rotated.AsSpan(6), (ushort)trailer);
        body[^trailer..].CopyTo(rotated.AsSpan(TokenHeaderLength));
        body[..^trailer].CopyTo(rotated.AsSpan(TokenHeaderLength + trailer));
        var headerLength = rotated.Length - plaintext.Length;
        return (rotated[..headerLength], rotated[headerLength..]);
    }

    public byte[] Unseal(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data)
    {
        // Windows' header is the token header, then RRC rotated bytes, then the confounder: anything else is not its layout.
        if (header.Length < TokenHeaderLength + ConfounderLength
            || header[0] != 0x05 || header[1] != 0x04
            || BinaryPrimitives.ReadUInt16BigEndian(header[6..]) != header.Length - TokenHeaderLength - ConfounderLength)
        {
            throw new NtlmProtocolException("The Kerberos security header is not a rotated RFC 4121 wrap token (RRC must cover the trailer).");
        }

        byte[] token = [.. header, .. data];
        var output = new ArrayBufferWriter<byte>(token.Length);
        return context.Unwrap(token, output, out var wasEncrypted) == NegotiateAuthenticationStatusCode.Completed && wasEncrypted
            ? output.WrittenSpan.ToArray()
            : throw new NtlmProtocolException("The Kerberos-sealed message does not verify.");
    }
}
