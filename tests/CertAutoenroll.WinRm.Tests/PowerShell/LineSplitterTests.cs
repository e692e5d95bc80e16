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
}
