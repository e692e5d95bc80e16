using System.Text;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.WinRm.Tests.PowerShell;

public sealed class LineSplitterTests
{
    [Fact]
    public void Push_LineSplitAcrossChunks_ReturnsItOnceComplete()
    {
        var splitter = new LineSplitter();

        var first = splitter.Push(Encoding.UTF8.GetBytes("one\r\ntw"));
        var second = splitter.Push(Encoding.UTF8.GetBytes("o\nthr"));

        Assert.Equal(["one"], first);
        Assert.Equal(["two"], second);
        Assert.Equal("thr", splitter.Remainder);
    }

    [Fact]
    public void Push_MultiByteCharacterSplit_DecodesWhole()
    {
        var splitter = new LineSplitter();
        var bytes = Encoding.UTF8.GetBytes("é\n");

        splitter.Push(bytes.AsSpan(0, 1));
        var lines = splitter.Push(bytes.AsSpan(1));

        Assert.Equal(["é"], lines);
    }

    [Fact]
    public void MarkGap_NextLineIsATail_DropsIt()
    {
        var splitter = new LineSplitter("#R ");
        splitter.Push(Encoding.UTF8.GetBytes("#R one-he"));

        splitter.MarkGap();
        var lines = splitter.Push(Encoding.UTF8.GetBytes("ad-lost\n#R two\n"));

        Assert.Equal(["#R two"], lines);
    }

    [Fact]
    public void MarkGap_NextLineStartsARecord_KeepsIt()
    {
        var splitter = new LineSplitter("#R ");
        splitter.Push(Encoding.UTF8.GetBytes("#R one-he"));

        splitter.MarkGap();
        var lines = splitter.Push(Encoding.UTF8.GetBytes("#R one-replayed\n"));

        Assert.Equal(["#R one-replayed"], lines);
    }
}
