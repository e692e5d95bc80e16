using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.WinRm.Tests.PowerShell;

public sealed class ClixmlDecoderTests
{
    private const string Windows =
        "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
        + "<Obj S=\"progress\" RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>"
        + "<MS><I64 N=\"SourceId\">1</I64><PR N=\"Record\"><AV>Preparing modules for first use.</AV><AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC>"
        + "<T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj>"
        + "<S S=\"Error\">Get-GPO : A GPO with the name \"x\" was not found._x000D__x000A_</S>"
        + "<S S=\"Error\">    + CategoryInfo          : ObjectNotFound_x000D__x000A_</S>"
        + "<S S=\"warning\">not an error</S></Objs>";

    [Fact]
    public void Decode_WindowsClixml_KeepsOnlyErrorTextWithEscapesDecoded()
    {
        var text = ClixmlDecoder.Decode(Windows);

        Assert.Equal("Get-GPO : A GPO with the name \"x\" was not found.\r\n    + CategoryInfo          : ObjectNotFound", text);
    }

    [Fact]
    public void Decode_OnlyProgress_ReturnsEmpty()
    {
        var progressOnly = Windows[..Windows.IndexOf("<S S=\"Error\">", StringComparison.Ordinal)] + "</Objs>";

        Assert.Equal(string.Empty, ClixmlDecoder.Decode(progressOnly));
    }

    [Fact]
    public void Decode_PlainText_ReturnsItUnchanged()
    {
        Assert.Equal("The command line is too long.", ClixmlDecoder.Decode("The command line is too long."));
    }

    [Fact]
    public void Decode_TwoBlocks_JoinsBoth()
    {
        var block = "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><S S=\"Error\">{0}_x000A_</S></Objs>";

        var text = ClixmlDecoder.Decode(string.Format(System.Globalization.CultureInfo.InvariantCulture, block, "one") + string.Format(System.Globalization.CultureInfo.InvariantCulture, block, "two"));

        Assert.Equal("one\ntwo", text);
    }

    [Theory]
    [InlineData("a_x0009_b", "a\tb")]
    [InlineData("_x005F_x", "_x")]
    [InlineData("no escapes", "no escapes")]
    public void DecodeEscapes_Text_DecodesHexEscapes(string input, string expected) =>
        Assert.Equal(expected, ClixmlDecoder.DecodeEscapes(input));
}
