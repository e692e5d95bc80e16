using System.Text;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.WinRm.Tests.PowerShell;

public sealed class PowerShellFramingTests
{
    [Fact]
    public void EncodeRequest_ScriptAndArgument_IsOneAsciiLineOfBase64()
    {
        var line = Encoding.ASCII.GetString(PowerShellFraming.EncodeRequest("abc", "Write-Output 'ü'\n2", "arg é"));

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        var parts = line.TrimEnd('\n').Split(' ');
        Assert.Equal(3, parts.Length);
        Assert.Equal("abc", parts[0]);
        Assert.Equal("Write-Output 'ü'\n2", Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])));
        Assert.Equal("arg é", Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])));
    }

    [Fact]
    public void TryParseReply_ReplyLine_ReturnsIdAndResult()
    {
        var line = $"#CAE# id1 0 {B64("out\r\n")} {B64("boom\r\n")}";

        var reply = PowerShellFraming.TryParseReply(line);

        Assert.NotNull(reply);
        Assert.Equal("id1", reply.Value.Id);
        Assert.Equal(new PowerShellResult("out", "boom", false), reply.Value.Result);
    }

    [Fact]
    public void TryParseReply_EmptyStreams_ReturnsEmptyText()
    {
        var reply = PowerShellFraming.TryParseReply("#CAE# id2 1  ");

        Assert.Equal(new PowerShellResult(string.Empty, string.Empty, true), reply!.Value.Result);
    }

    [Fact]
    public void TryParseReply_StrayHostLine_ReturnsNull() =>
        Assert.Null(PowerShellFraming.TryParseReply("WARNING: something the script wrote to the host"));

    [Fact]
    public void TryParseReply_MalformedReply_ThrowsProtocolException() =>
        Assert.Throws<WinRmProtocolException>(() => PowerShellFraming.TryParseReply("#CAE# id 7 x"));

    [Fact]
    public void Arguments_SessionLoop_EncodesBootstrapAsUtf16Base64()
    {
        var arguments = PowerShellBootstrap.Arguments(PowerShellBootstrap.SessionLoop);

        Assert.Equal(["-NoProfile", "-NonInteractive", "-EncodedCommand"], arguments.Take(3));
        Assert.Equal(PowerShellBootstrap.SessionLoop, Encoding.Unicode.GetString(Convert.FromBase64String(arguments[3])));
        Assert.True(arguments[3].Length < 8191, "the encoded bootstrap must fit a Windows command line");
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
