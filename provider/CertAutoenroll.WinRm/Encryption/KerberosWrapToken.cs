using System.Buffers.Binary;

namespace CertAutoenroll.WinRm.Encryption;

/// <summary>
/// A sealed RFC 4121 wrap token (TOK_ID 05 04) rearranged as Windows lays it out for WinRM: everything that is
/// not the encrypted message moved in front of it, so the body reads header ‖ ciphertext-of-the-message.
/// </summary>
/// <remarks>
/// GSSAPI's single-buffer <c>gss_wrap</c> writes the 16-byte token header, then
/// E(confounder ‖ message ‖ filler ‖ header copy) and the checksum, with RRC = 0. RFC 4121 4.2.5 lets the
/// sender rotate the bytes after the header right by RRC and record RRC in the header (the encrypted copy
/// keeps RRC = 0, so the checksum still holds); Windows' SSPI does exactly that, which is why its WinRM header is
/// the token header, the rotated trailer and the confounder (60 bytes with AES). Receivers undo the rotation.
/// </remarks>
internal static class KerberosWrapToken
{
    private const int HeaderLength = 16;
    private const int ConfounderLength = 16;
    private const byte SealedFlag = 0x02;

    public static ReadOnlySpan<byte> ToWinRmLayout(ReadOnlySpan<byte> token, int plaintextLength)
    {
        if (token.Length < HeaderLength || token[0] != 0x05 || token[1] != 0x04)
        {
            throw new WinRmProtocolException("The Kerberos wrap is not an RFC 4121 token (only AES enctypes are supported for message sealing).");
        }

        if ((token[2] & SealedFlag) == 0)
        {
            throw new WinRmProtocolException("The Kerberos wrap token is not sealed; refusing to send the message unencrypted.");
        }

        if (BinaryPrimitives.ReadUInt16BigEndian(token[6..]) != 0)
        {
            return token;
        }

        var body = token[HeaderLength..];
        var trailer = body.Length - ConfounderLength - plaintextLength;
        if (trailer < 0 || trailer > ushort.MaxValue)
        {
            throw new WinRmProtocolException("The Kerberos wrap token is shorter than its confounder and the message.");
        }

        var output = new byte[token.Length];
        token[..HeaderLength].CopyTo(output);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)trailer);
        body[^trailer..].CopyTo(output.AsSpan(HeaderLength));
        body[..^trailer].CopyTo(output.AsSpan(HeaderLength + trailer));
        return output;
    }
}
