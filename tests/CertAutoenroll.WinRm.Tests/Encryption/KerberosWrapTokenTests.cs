using System.Buffers.Binary;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Tests.Encryption;

public sealed class KerberosWrapTokenTests
{
    /// <summary>A gss_wrap-shaped token: header (RRC 0), confounder, "message", header copy, checksum.</summary>
    private static byte[] GssToken(int messageLength)
    {
        var token = new byte[16 + 16 + messageLength + 16 + 12];
        token[0] = 0x05;
        token[1] = 0x04;
        token[2] = 0x02 | 0x04;
        token[3] = 0xFF;
        token.AsSpan(16, 16).Fill(0xC0);
        token.AsSpan(32, messageLength).Fill(0xDA);
        token.AsSpan(32 + messageLength, 16).Fill(0x11);
        token.AsSpan(48 + messageLength, 12).Fill(0xCC);
        return token;
    }

    [Fact]
    public void ToWinRmLayout_GssToken_MovesTrailerBeforeTheMessageAndRecordsRrc()
    {
        var layout = KerberosWrapToken.ToWinRmLayout(GssToken(12), 12).ToArray();

        Assert.Equal(28, BinaryPrimitives.ReadUInt16BigEndian(layout.AsSpan(6)));
        Assert.All(layout[16..32], b => Assert.Equal(0x11, b));
        Assert.All(layout[32..44], b => Assert.Equal(0xCC, b));
        Assert.All(layout[44..60], b => Assert.Equal(0xC0, b));
        Assert.All(layout[60..], b => Assert.Equal(0xDA, b));
    }

    [Fact]
    public void ToWinRmLayout_NotSealed_Throws()
    {
        var token = GssToken(4);
        token[2] = 0x04;

        Assert.Throws<WinRmProtocolException>(() => KerberosWrapToken.ToWinRmLayout(token, 4).ToArray());
    }

    [Fact]
    public void ToWinRmLayout_NotRfc4121_Throws()
    {
        var token = GssToken(4);
        token[0] = 0x02;

        Assert.Throws<WinRmProtocolException>(() => KerberosWrapToken.ToWinRmLayout(token, 4).ToArray());
    }
}
