using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>A stand-in security context: a "signature" of <c>headerLength</c> bytes of 0xA5 and data XORed with 0x5A.</summary>
internal sealed class XorSealer(int headerLength = 16, string protocol = EncryptedMessage.SpnegoProtocol) : IMessageSealer
{
    public string Protocol => protocol;

    public SealedMessage Wrap(ReadOnlySpan<byte> plaintext)
    {
        var header = new byte[headerLength];
        header.AsSpan().Fill(0xA5);
        var data = plaintext.ToArray();
        for (var i = 0; i < data.Length; i++)
        {
            data[i] ^= 0x5A;
        }

        return new SealedMessage(header, data);
    }

    public byte[] Unwrap(ReadOnlySpan<byte> header, ReadOnlySpan<byte> sealedData)
    {
        if (header.Length != headerLength || header.IndexOfAnyExcept((byte)0xA5) >= 0)
        {
            throw new WinRmProtocolException("bad signature");
        }

        var data = sealedData.ToArray();
        for (var i = 0; i < data.Length; i++)
        {
            data[i] ^= 0x5A;
        }

        return data;
    }
}
