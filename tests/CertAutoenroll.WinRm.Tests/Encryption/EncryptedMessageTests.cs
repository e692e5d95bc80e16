using System.Text;
using CertAutoenroll.WinRm.Encryption;
using CertAutoenroll.WinRm.Tests.Infrastructure;

namespace CertAutoenroll.WinRm.Tests.Encryption;

public sealed class EncryptedMessageTests
{
    private static readonly byte[] Soap = Encoding.UTF8.GetBytes("<s:Envelope>é</s:Envelope>");

    [Fact]
    public void Seal_Message_WritesTheExactMultipartLayout()
    {
        var body = EncryptedMessage.Seal(Soap, new XorSealer());

        var expectedHead = "--Encrypted Boundary\r\n"
            + "\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
            + $"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length={Soap.Length}\r\n"
            + "--Encrypted Boundary\r\n"
            + "\tContent-Type: application/octet-stream\r\n";
        var head = Encoding.ASCII.GetBytes(expectedHead);
        Assert.Equal(head, body[..head.Length]);
        Assert.Equal(new byte[] { 16, 0, 0, 0 }, body[head.Length..(head.Length + 4)]);
        Assert.Equal(Enumerable.Repeat((byte)0xA5, 16), body[(head.Length + 4)..(head.Length + 20)]);
        Assert.Equal("--Encrypted Boundary--\r\n", Encoding.ASCII.GetString(body[^24..]));
        Assert.Equal(head.Length + 4 + 16 + Soap.Length + 24, body.Length);
    }

    [Fact]
    public void Seal_KerberosSealerWithLongerHeader_WritesItsProtocolAndMeasuredHeaderLength()
    {
        var body = EncryptedMessage.Seal(Soap, new XorSealer(60, EncryptedMessage.KerberosProtocol));

        var text = Encoding.ASCII.GetString(body);
        Assert.Contains("\tContent-Type: application/HTTP-Kerberos-session-encrypted\r\n", text, StringComparison.Ordinal);
        var octet = Encoding.ASCII.GetBytes("application/octet-stream\r\n");
        var at = body.AsSpan().IndexOf(octet) + octet.Length;
        Assert.Equal(new byte[] { 60, 0, 0, 0 }, body[at..(at + 4)]);
        Assert.Equal(at + 4 + 60 + Soap.Length + 24, body.Length);
    }

    [Fact]
    public void Unseal_KerberosSealerWithLongerHeader_RoundTrips()
    {
        var sealer = new XorSealer(60, EncryptedMessage.KerberosProtocol);

        Assert.Equal(Soap, EncryptedMessage.Unseal(EncryptedMessage.Seal(Soap, sealer), sealer));
    }

    [Fact]
    public void Unseal_SealedMessage_RoundTrips()
    {
        var sealer = new XorSealer();

        var plaintext = EncryptedMessage.Unseal(EncryptedMessage.Seal(Soap, sealer), sealer);

        Assert.Equal(Soap, plaintext);
    }

    [Fact]
    public void Unseal_LengthDoesNotMatch_ThrowsProtocolException()
    {
        var sealer = new XorSealer();
        var tampered = EncryptedMessage.Seal(Soap, sealer);
        var lengthText = Encoding.ASCII.GetBytes($"Length={Soap.Length}");
        var at = tampered.AsSpan().IndexOf(lengthText);
        tampered[at + lengthText.Length - 1] = (byte)'9';

        var exception = Assert.Throws<WinRmProtocolException>(() => EncryptedMessage.Unseal(tampered, sealer));

        Assert.Contains("Length=", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unseal_NoClosingBoundary_ThrowsProtocolException()
    {
        var sealer = new XorSealer();
        var body = EncryptedMessage.Seal(Soap, sealer)[..^5];

        Assert.Throws<WinRmProtocolException>(() => EncryptedMessage.Unseal(body, sealer));
    }

    [Theory]
    [InlineData("multipart/encrypted;protocol=\"application/HTTP-SPNEGO-session-encrypted\";boundary=\"Encrypted Boundary\"", true)]
    [InlineData("application/soap+xml;charset=UTF-8", false)]
    [InlineData(null, false)]
    public void IsEncrypted_ContentType_RecognisesMultipart(string? contentType, bool expected) =>
        Assert.Equal(expected, EncryptedMessage.IsEncrypted(contentType));
}
