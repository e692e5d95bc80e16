using System.Xml.Linq;
using CertAutoenroll.WinRm.Shell;
using CertAutoenroll.WinRm.Tests.Infrastructure;
using CertAutoenroll.WinRm.WsMan;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Shell;

public sealed class WinRsShellTests
{
    private static WsManClient Client(FakeWsManTransport transport) =>
        new(transport, new Uri("http://dc01:5985/wsman"), TimeSpan.FromSeconds(5), () => WsManFixtures.MessageGuid);

    [Fact]
    public async Task RunAsync_TimeoutThenDone_PollsAgainAndReturnsResult()
    {
        var transport = new FakeWsManTransport()
            .Reply("create-response.xml").Reply("command-response.xml")
            .Reply("operation-timeout-fault.xml").Reply("operation-timeout-fault.xml").Reply("receive-done.xml")
            .Reply("signal-response.xml").Reply("delete-response.xml");

        CommandResult result;
        await using (var shell = await WinRsShell.OpenAsync(Client(transport), new ShellSettings(), NullLogger.Instance, CancellationToken.None))
        {
            result = await shell.RunAsync("cmd", [], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        Assert.Equal(new CommandResult("hello\r\nworld\r\n", "oops", 3), result);
        Assert.Equal(
            [WsManActions.Create, WsManActions.Command, WsManActions.Receive, WsManActions.Receive, WsManActions.Receive, WsManActions.Signal, WsManActions.Delete],
            transport.Actions);
    }

    [Fact]
    public async Task RunAsync_300KbStdin_SendsChunksThatEachFitMaxEnvelopeSize()
    {
        var transport = new FakeWsManTransport()
            .Reply("create-response.xml").Reply("command-response.xml")
            .Reply("send-response.xml").Reply("send-response.xml").Reply("send-response.xml")
            .Reply("receive-done.xml").Reply("signal-response.xml").Reply("delete-response.xml");
        var stdin = new byte[300 * 1024];

        await using (var shell = await WinRsShell.OpenAsync(Client(transport), new ShellSettings(), NullLogger.Instance, CancellationToken.None))
        {
            await shell.RunAsync("powershell.exe", [], stdin, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var sends = transport.Requests.Where(r => r.Descendants(XName.Get("Send", "http://schemas.microsoft.com/wbem/wsman/1/windows/shell")).Any()).ToList();
        var sentBytes = sends.Sum(r => Convert.FromBase64String(r.Descendants(XName.Get("Stream", "http://schemas.microsoft.com/wbem/wsman/1/windows/shell")).Single().Value).Length);
        Assert.Equal(3, sends.Count);
        Assert.All(sends, r => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(r.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)), 1, WsManEnvelope.MaxEnvelopeSize));
        Assert.Equal(stdin.Length, sentBytes);
    }

    [Fact]
    public async Task DisposeAsync_AfterCommandFault_StillDeletesShell()
    {
        var transport = new FakeWsManTransport()
            .Reply("create-response.xml").Reply("access-denied-fault.xml").Reply("delete-response.xml");
        var shell = await WinRsShell.OpenAsync(Client(transport), new ShellSettings(), NullLogger.Instance, CancellationToken.None);

        await Assert.ThrowsAsync<WsManFaultException>(async () =>
        {
            await using (shell)
            {
                await shell.RunAsync("cmd", [], ReadOnlyMemory<byte>.Empty, TimeSpan.FromMinutes(1), CancellationToken.None);
            }
        });

        Assert.Equal(WsManActions.Delete, transport.Actions.Last());
    }

    [Fact]
    public async Task RunAsync_LargeStdin_SplitsIntoEnvelopesUnderMaxEnvelopeSize()
    {
        var transport = new FakeWsManTransport().Reply("create-response.xml").Reply("command-response.xml");
        for (var i = 0; i < 3; i++)
        {
            transport.Reply("send-response.xml");
        }

        transport.Reply("receive-done.xml").Reply("signal-response.xml").Reply("delete-response.xml");
        var stdin = new byte[300_000];

        await using (var shell = await WinRsShell.OpenAsync(Client(transport), new ShellSettings(), NullLogger.Instance, CancellationToken.None))
        {
            await shell.RunAsync("cmd", [], stdin, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var sends = transport.Requests.Where(r => r.ToString().Contains(WsManActions.Send, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sends.Count);
        Assert.All(sends, s => Assert.True(System.Text.Encoding.UTF8.GetByteCount(s.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)) < WsManEnvelope.MaxEnvelopeSize));
        Assert.Equal(1, sends.Count(s => s.ToString().Contains("End=\"true\"", StringComparison.Ordinal)));
    }
}
