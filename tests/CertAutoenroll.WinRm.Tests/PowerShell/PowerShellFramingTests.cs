using System.Text;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.WinRm.Tests.PowerShell;

public sealed class PowerShellFramingTests
{
    [Fact]
    public void EncodeRequest_ScriptAndArgument_IsOneAsciiLineOfBase64StartingOnAFreshLineAndEndingWithTheEndField()
    {
        var line = Encoding.ASCII.GetString(PowerShellFraming.EncodeRequest("abc", "Write-Output 'ü'\n2", "arg é"));

        Assert.StartsWith("\n", line, StringComparison.Ordinal);
        Assert.EndsWith(" .\n", line, StringComparison.Ordinal);
        var parts = line.Trim('\n').Split(' ');
        Assert.Equal(4, parts.Length);
        Assert.Equal("abc", parts[0]);
        Assert.Equal("Write-Output 'ü'\n2", Encoding.UTF8.GetString(Convert.FromBase64String(parts[1])));
        Assert.Equal("arg é", Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])));
    }

    [Fact]
    public void EncodeReplayRequest_Ids_StartsOnAFreshLineAndEndsWithTheEndField() =>
        Assert.Equal("\n? a,b .\n", Encoding.ASCII.GetString(PowerShellFraming.EncodeReplayRequest(["a", "b"])));

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
    public void Arguments_SessionStart_EncodesTheEmbeddedBootstrapAsUtf16Base64WithinTheCommandLineLimit()
    {
        var arguments = PowerShellBootstrap.Arguments(PowerShellBootstrap.SessionStart);

        Assert.Equal(["-NoProfile", "-NonInteractive", "-EncodedCommand"], arguments.Take(3));
        Assert.Equal(PowerShellBootstrap.SessionStart, Encoding.Unicode.GetString(Convert.FromBase64String(arguments[3])));
        Assert.Contains("[Console]::In.ReadLine()", PowerShellBootstrap.SessionStart, StringComparison.Ordinal);
        Assert.True(string.Join(' ', arguments.Prepend(PowerShellBootstrap.Executable)).Length < 8191, "the command line must fit Windows' limit");
    }

    [Fact]
    public void SessionLoopLine_EmbeddedLoop_IsOneBase64LineOfTheLoopWithTheMarkerFilledIn()
    {
        var line = Encoding.ASCII.GetString(PowerShellBootstrap.SessionLoopLine);

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        var loop = Encoding.UTF8.GetString(Convert.FromBase64String(line.TrimEnd('\n')));
        Assert.Equal(PowerShellBootstrap.SessionLoop, loop);
        Assert.Contains($"$loopMarker = '{PowerShellBootstrap.ReplyMarker}'", loop, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", loop, StringComparison.Ordinal);
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
