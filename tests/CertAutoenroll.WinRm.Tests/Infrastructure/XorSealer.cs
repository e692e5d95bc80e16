using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>A stand-in security context: a 16-byte "signature" of 0xA5 and data XORed with 0x5A.</summary>
internal sealed class XorSealer : IMessageSealer
{
    public int HeaderLength => 16;

    public byte[] Wrap(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[16 + plaintext.Length];
        output.AsSpan(0, 16).Fill(0xA5);
        for (var i = 0; i < plaintext.Length; i++)
        {
            output[16 + i] = (byte)(plaintext[i] ^ 0x5A);
        }

        return output;
    }

    public byte[] Unwrap(ReadOnlySpan<byte> headerAndData)
    {
        if (headerAndData.Length < 16 || headerAndData[..16].IndexOfAnyExcept((byte)0xA5) >= 0)
        {
            throw new WinRmProtocolException("bad signature");
        }

        var data = headerAndData[16..].ToArray();
        for (var i = 0; i < data.Length; i++)
        {
            data[i] ^= 0x5A;
        }

        return data;
    }
}
