using System.Text;
using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class EncryptedMessageFramingTests
{
    private static readonly byte[] Signature = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

    [Fact]
    public void Write_SealedMessage_ProducesMsWsmvLayoutByteForByte()
    {
        byte[] sealedData = [0xde, 0xad, 0xbe, 0xef];

        var body = EncryptedMessageFraming.Write(EncryptedMessageFraming.SpnegoProtocol, Signature, sealedData, 4);

        byte[] expected =
        [
            .. "--Encrypted Boundary\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"u8,
            .. "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=4\r\n"u8,
            .. "--Encrypted Boundary\r\n\tContent-Type: application/octet-stream\r\n"u8,
            0x10, 0, 0, 0, .. Signature, .. sealedData,
            .. "--Encrypted Boundary--\r\n"u8,
        ];
        Assert.Equal(expected, body);
    }

    [Fact]
    public void Read_WrittenBody_ReturnsSignatureCiphertextAndLength()
    {
        var sealedData = Encoding.ASCII.GetBytes("--Encrypted Boundary\r\n inside ciphertext");
        var body = EncryptedMessageFraming.Write(EncryptedMessageFraming.SpnegoProtocol, Signature, sealedData, sealedData.Length);

        var (protocol, signature, read, length) = EncryptedMessageFraming.Read(body);
        Assert.Equal(EncryptedMessageFraming.SpnegoProtocol, protocol);

        Assert.Equal(Signature, signature);
        Assert.Equal(sealedData, read);
        Assert.Equal(sealedData.Length, length);
    }

    [Fact]
    public void Read_CrlfBeforeClosingBoundary_ThrowsProtocolException()
    {
        var body = EncryptedMessageFraming.Write(EncryptedMessageFraming.SpnegoProtocol, Signature, [1, 2, 3], 3);
        byte[] withCrlf = [.. body.AsSpan(0, body.Length - 24), 13, 10, .. body.AsSpan(body.Length - 24)];

        Assert.Throws<NtlmProtocolException>(() => EncryptedMessageFraming.Read(withCrlf));
    }

    [Fact]
    public void Read_WithoutTabs_AcceptsRubyStyleHeaders()
    {
        var body = Encoding.ASCII.GetBytes(
            "--Encrypted Boundary\r\nContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
            + "OriginalContent: type=application/soap+xml;charset=UTF-8;Length=2\r\n"
            + "--Encrypted Boundary\r\nContent-Type: application/octet-stream\r\n");
        byte[] full = [.. body, 0x10, 0, 0, 0, .. Signature, 7, 8, .. "--Encrypted Boundary--\r\n"u8];

        var (_, _, sealedData, length) = EncryptedMessageFraming.Read(full);

        Assert.Equal([7, 8], sealedData);
        Assert.Equal(2, length);
    }
}
