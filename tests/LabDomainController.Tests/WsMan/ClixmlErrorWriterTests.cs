using LabDomainController.Shells;

namespace LabDomainController.Tests.WsMan;

/// <summary>The stderr CLIXML a WinRS client sees (lives beside the WS-Man tests: it is part of the wire contract).</summary>
public sealed class ClixmlErrorWriterTests
{
    [Fact]
    public void Write_PlainErrorLines_WrapsEachAsErrorStringWithCrLf()
    {
        var writer = new ClixmlErrorWriter();

        var text = writer.Write("first <bad>\nsecond") + writer.Complete();

        Assert.Equal(
            "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
            + "<S S=\"Error\">first &lt;bad&gt;_x000D__x000A_</S><S S=\"Error\">second_x000D__x000A_</S></Objs>",
            text);
    }

    [Fact]
    public void Write_PwshClixmlInChunks_PassesThroughWithCrLfAndWithoutColourCodes()
    {
        var writer = new ClixmlErrorWriter();

        var text = writer.Write("#< CLIXML\n<Objs Version=\"1.1.0.1\" xmlns=\"x\"><S S=\"Error\">_x001B_[31;1mboom_x00")
            + writer.Write("1B_[0m_x000A_</S></Objs>")
            + writer.Complete();

        Assert.Equal("#< CLIXML\n<Objs Version=\"1.1.0.1\" xmlns=\"x\"><S S=\"Error\">boom_x000D__x000A_</S></Objs>", text);
    }

    [Fact]
    public void Complete_NothingWritten_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, new ClixmlErrorWriter().Complete());
    }

    [Fact]
    public void Escape_UnderscoreX_IsEscapedSoDecodersDoNotMisreadIt()
    {
        Assert.Equal("a_x005F_x0041_b_x0009_", ClixmlErrorWriter.Escape("a_x0041_b\t"));
    }
}
