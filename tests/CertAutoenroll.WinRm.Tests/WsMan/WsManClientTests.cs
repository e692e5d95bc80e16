using System.Xml.Linq;
using CertAutoenroll.WinRm.Tests.Infrastructure;
using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.Tests.WsMan;

public sealed class WsManClientTests
{
    private static readonly XNamespace S = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace A = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace P = "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd";

    private static WsManClient Client(FakeWsManTransport transport) =>
        new(transport, new Uri("https://dc01.lab.test:5986/wsman"), TimeSpan.FromSeconds(20), () => WsManFixtures.MessageGuid);

    [Fact]
    public async Task InvokeAsync_CreateShell_SendsWindowsHeaders()
    {
        var transport = new FakeWsManTransport().Reply("create-response.xml");

        await Client(transport).CreateShellAsync(new ShellSettings(), CancellationToken.None);

        var header = transport.Requests.Single().Root!.Element(S + "Header")!;
        Assert.Equal("https://dc01.lab.test:5986/wsman", header.Element(A + "To")!.Value);
        Assert.Equal("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous", header.Element(A + "ReplyTo")!.Element(A + "Address")!.Value);
        Assert.Equal(WsManActions.Create, header.Element(A + "Action")!.Value);
        Assert.Equal("uuid:11111111-2222-3333-4444-555555555555", header.Element(A + "MessageID")!.Value);
        Assert.Equal("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd", header.Element(W + "ResourceURI")!.Value);
        Assert.Equal("153600", header.Element(W + "MaxEnvelopeSize")!.Value);
        Assert.Equal("en-US", header.Element(W + "Locale")!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("en-US", header.Element(P + "DataLocale")!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("PT20S", header.Element(W + "OperationTimeout")!.Value);
        Assert.StartsWith("uuid:", header.Element(P + "SessionId")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_EnvelopeOverMaxEnvelopeSize_ThrowsWithoutSending()
    {
        var transport = new FakeWsManTransport().Reply("send-response.xml");

        var error = await Assert.ThrowsAsync<WinRmProtocolException>(() =>
            Client(transport).SendInputAsync("SHELL", "COMMAND", new byte[WsManEnvelope.MaxEnvelopeSize], end: true, CancellationToken.None));

        Assert.Empty(transport.Requests);
        Assert.Contains("153600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateShellAsync_WindowsReply_ReturnsShellIdAndSendsOptions()
    {
        var transport = new FakeWsManTransport().Reply("create-response.xml");

        var shellId = await Client(transport).CreateShellAsync(new ShellSettings(), CancellationToken.None);

        Assert.Equal("0A2D6E3B-6C2A-4F36-9D0B-7E0C5C1F2A11", shellId);
        var options = Options(transport.Requests.Single());
        Assert.Equal("65001", options["WINRS_CODEPAGE"]);
        Assert.Equal("TRUE", options["WINRS_NOPROFILE"]);
        var idle = transport.Requests.Single().Descendants(XName.Get("IdleTimeOut", "http://schemas.microsoft.com/wbem/wsman/1/windows/shell")).Single();
        Assert.Equal("PT600S", idle.Value);
    }

    [Fact]
    public async Task StartCommandAsync_StreamingStdin_TurnsConsoleModeOffAndSkipsCmd()
    {
        var transport = new FakeWsManTransport().Reply("command-response.xml");

        var commandId = await Client(transport).StartCommandAsync("SHELL", "powershell.exe", ["-NoProfile", "-EncodedCommand", "AA=="], true, CancellationToken.None);

        Assert.Equal("1C6B7B0D-3E4F-4A5B-9C8D-7E6F5A4B3C2D", commandId);
        var request = transport.Requests.Single();
        var options = Options(request);
        Assert.Equal("FALSE", options["WINRS_CONSOLEMODE_STDIN"]);
        Assert.Equal("TRUE", options["WINRS_SKIP_CMD_SHELL"]);
        Assert.Equal("SHELL", request.Descendants(W + "Selector").Single(s => (string?)s.Attribute("Name") == "ShellId").Value);
        Assert.Equal(3, request.Descendants(XName.Get("Arguments", "http://schemas.microsoft.com/wbem/wsman/1/windows/shell")).Count());
    }

    [Fact]
    public async Task ReceiveOnceAsync_DoneReply_ReturnsStreamsAndExitCode()
    {
        var transport = new FakeWsManTransport().Reply("receive-done.xml");

        var output = await Client(transport).ReceiveOnceAsync("SHELL", "1C6B7B0D-3E4F-4A5B-9C8D-7E6F5A4B3C2D", CancellationToken.None);

        Assert.Equal("hello\r\nworld\r\n", System.Text.Encoding.UTF8.GetString(output.Stdout));
        Assert.Equal("oops", System.Text.Encoding.UTF8.GetString(output.Stderr));
        Assert.True(output.Done);
        Assert.Equal(3, output.ExitCode);
    }

    [Fact]
    public async Task ReceiveOnceAsync_OperationTimeoutFault_ReturnsTimedOut()
    {
        var transport = new FakeWsManTransport().Reply("operation-timeout-fault.xml");

        var output = await Client(transport).ReceiveOnceAsync("SHELL", "CMD", CancellationToken.None);

        Assert.Same(ReceiveOutput.TimedOut, output);
    }

    [Fact]
    public async Task InvokeAsync_RelatesToMismatch_ThrowsProtocolException()
    {
        var transport = new FakeWsManTransport().Reply(_ => WsManFixtures.Read("delete-response.xml").Replace("11111111-2222", "99999999-2222", StringComparison.Ordinal));

        var exception = await Assert.ThrowsAsync<WinRmProtocolException>(() => Client(transport).DeleteShellAsync("SHELL", CancellationToken.None));

        Assert.Contains("relates to", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_NotXml_ThrowsProtocolException()
    {
        var transport = new FakeWsManTransport().Reply(_ => "<html>proxy error");

        await Assert.ThrowsAsync<WinRmProtocolException>(() => Client(transport).DeleteShellAsync("SHELL", CancellationToken.None));
    }

    [Fact]
    public async Task CreateShellAsync_ReplyWithoutShellId_ThrowsProtocolException()
    {
        var transport = new FakeWsManTransport().Reply("delete-response.xml");

        await Assert.ThrowsAsync<WinRmProtocolException>(() => Client(transport).CreateShellAsync(new ShellSettings(), CancellationToken.None));
    }

    [Fact]
    public async Task SendInputAsync_LastChunk_MarksEndTrue()
    {
        var transport = new FakeWsManTransport().Reply("send-response.xml");

        await Client(transport).SendInputAsync("SHELL", "CMD", "hi"u8.ToArray(), true, CancellationToken.None);

        var stream = transport.Requests.Single().Descendants(XName.Get("Stream", "http://schemas.microsoft.com/wbem/wsman/1/windows/shell")).Single();
        Assert.Equal("true", (string?)stream.Attribute("End"));
        Assert.Equal("aGk=", stream.Value);
        Assert.Equal("stdin", (string?)stream.Attribute("Name"));
    }

    private static Dictionary<string, string> Options(XDocument request) =>
        request.Descendants(W + "Option").ToDictionary(o => (string)o.Attribute("Name")!, o => o.Value);
}
