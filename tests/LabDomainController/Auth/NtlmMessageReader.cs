using System.Buffers.Binary;
using System.Text;

namespace LabDomainController.Auth;

/// <summary>Reads the fixed parts of NEGOTIATE (type 1) and AUTHENTICATE (type 3) messages.</summary>
internal static class NtlmMessageReader
{
    public static ReadOnlySpan<byte> Signature => "NTLMSSP\0"u8;

    public static bool IsNtlm(ReadOnlySpan<byte> token) => token.Length >= 12 && token[..8].SequenceEqual(Signature);

    public static uint MessageType(ReadOnlySpan<byte> token)
    {
        if (!IsNtlm(token))
        {
            throw new NtlmProtocolException("The token is not an NTLMSSP message.");
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(token[8..]);
    }

    public static NtlmFlags NegotiateFlags(ReadOnlySpan<byte> negotiate)
    {
        if (negotiate.Length < 16)
        {
            throw new NtlmProtocolException("The NTLM NEGOTIATE message is shorter than 16 bytes.");
        }

        return (NtlmFlags)BinaryPrimitives.ReadUInt32LittleEndian(negotiate[12..]);
    }

    public static NtlmAuthenticateMessage ReadAuthenticate(byte[] token)
    {
        if (MessageType(token) != 3 || token.Length < 64)
        {
            throw new NtlmProtocolException("The NTLM AUTHENTICATE message is malformed.");
        }

        var flags = (NtlmFlags)BinaryPrimitives.ReadUInt32LittleEndian(token.AsSpan(60));
        var unicode = flags.HasFlag(NtlmFlags.Unicode);
        return new NtlmAuthenticateMessage(
            token,
            flags,
            Field(token, 12),
            Field(token, 20),
            Text(Field(token, 28), unicode),
            Text(Field(token, 36), unicode),
            Field(token, 52));
    }

    private static byte[] Field(byte[] token, int fieldOffset)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(token.AsSpan(fieldOffset));
        var offset = BinaryPrimitives.ReadInt32LittleEndian(token.AsSpan(fieldOffset + 4));
        if (length == 0)
        {
            return [];
        }

        if (offset < 0 || offset + length > token.Length)
        {
            throw new NtlmProtocolException("An NTLM AUTHENTICATE field points outside the message.");
        }

        return token.AsSpan(offset, length).ToArray();
    }

    private static string Text(byte[] bytes, bool unicode) =>
        unicode ? Encoding.Unicode.GetString(bytes) : Encoding.ASCII.GetString(bytes);
}

/// <summary>The parts of an AUTHENTICATE_MESSAGE the server needs.</summary>
internal sealed record NtlmAuthenticateMessage(
    byte[] Raw,
    NtlmFlags Flags,
    byte[] LmResponse,
    byte[] NtResponse,
    string Domain,
    string User,
    byte[] EncryptedRandomSessionKey);
