using System.Text;
using System.Xml.Linq;
using LabDomainController.Handlers;
using LabDomainController.Hosting;
using LabDomainController.Limits;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Tests.WsMan;

public sealed class WsManDispatcherTests
{
    private static readonly XNamespace S = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace A = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    private static readonly XNamespace F = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";

    private readonly LabCounterState _counters = new();
    private readonly ShellRegistry _shells;
    private readonly WsManDispatcher _dispatcher;

    public WsManDispatcherTests()
    {
        var options = LabOptions.Parse(["--password", "unused", "--data", Path.GetTempPath(), "--max-shells", "2"]);
        var limits = new ServiceLimits(options);
        _shells = new ShellRegistry(options, _counters, limits, TimeProvider.System);
        var starter = new CommandStarter(options, _counters, new ProcessTracker());
        _dispatcher = new WsManDispatcher(
        [
            new CreateHandler(_shells), new CommandHandler(_shells, starter, limits), new SendHandler(_shells),
            new ReceiveHandler(_shells, limits), new SignalHandler(_shells), new DeleteHandler(_shells),
        ], limits);
    }

    [Fact]
    public async Task DispatchAsync_Create_ReturnsResourceCreatedWithUppercaseShellIdSelector()
    {
        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Create("uuid:create-1"));

        var selector = reply.Descendants(W + "Selector").Single(s => (string?)s.Attribute("Name") == "ShellId");
        Assert.False(isFault);
        Assert.Equal("uuid:create-1", reply.Descendants(A + "RelatesTo").Single().Value);
        Assert.Equal("http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse", reply.Descendants(A + "Action").Single().Value);
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", selector.Value);
        Assert.Equal(selector.Value, reply.Descendants(Rsp + "ShellId").Single().Value);
        Assert.Equal("http://lab/wsman", reply.Descendants(A + "Address").Single().Value);
        Assert.Equal(1, _counters.Snapshot().ShellsOpen);
    }

    [Fact]
    public async Task DispatchAsync_EchoCommandThenReceive_ReturnsStdoutDoneAndExitCode()
    {
        var shellId = await CreateShellAsync();
        var (commandReply, _) = await DispatchAsync(TestEnvelopes.Command(shellId, "echo", "hi"));
        var commandId = commandReply.Descendants(Rsp + "CommandId").Single().Value;

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, commandId));

        var stdout = reply.Descendants(Rsp + "Stream").Where(s => (string?)s.Attribute("Name") == "stdout" && s.Value.Length > 0);
        var state = reply.Descendants(Rsp + "CommandState").Single();
        Assert.False(isFault);
        Assert.Equal("hi\r\n", Encoding.ASCII.GetString(Convert.FromBase64String(stdout.Single().Value)));
        Assert.Equal("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/CommandState/Done", (string?)state.Attribute("State"));
        Assert.Equal("0", state.Element(Rsp + "ExitCode")!.Value);
        Assert.Contains(reply.Descendants(Rsp + "Stream"), s => (string?)s.Attribute("End") == "true");
    }

    [Fact]
    public async Task DispatchAsync_ReceiveWithoutOutput_ReturnsOperationTimeoutFaultAfterTimeout()
    {
        var shellId = await CreateShellAsync();
        _shells.Get(shellId).Add(new SilentCommand("SILENT"));

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, "SILENT", "PT0.2S"));

        Assert.True(isFault);
        Assert.Equal("2150858793", (string?)reply.Descendants(F + "WSManFault").Single().Attribute("Code"));
        Assert.Equal("w:TimedOut", reply.Descendants(S + "Subcode").Single().Value);
    }

    [Fact]
    public async Task DispatchAsync_UnknownShell_ReturnsShellNotFoundFault()
    {
        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive("00000000-0000-0000-0000-000000000000", "C"));

        Assert.True(isFault);
        Assert.Equal("2150858843", (string?)reply.Descendants(F + "WSManFault").Single().Attribute("Code"));
    }

    [Fact]
    public async Task DispatchAsync_CreateBeyondMaxShells_ReturnsQuotaFault()
    {
        await CreateShellAsync();
        await CreateShellAsync();

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Create());

        Assert.True(isFault);
        Assert.Equal("2150859173", (string?)reply.Descendants(F + "WSManFault").Single().Attribute("Code"));
        Assert.Equal("w:QuotaLimit", reply.Descendants(S + "Subcode").Single().Value);
    }

    [Fact]
    public async Task DispatchAsync_SignalTerminateAfterDone_RepliesSignalResponse()
    {
        var shellId = await CreateShellAsync();
        var (commandReply, _) = await DispatchAsync(TestEnvelopes.Command(shellId, "echo", "x"));
        var commandId = commandReply.Descendants(Rsp + "CommandId").Single().Value;
        await DispatchAsync(TestEnvelopes.Receive(shellId, commandId));

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Signal(shellId, commandId, "Terminate"));

        Assert.False(isFault);
        Assert.Single(reply.Descendants(Rsp + "SignalResponse"));
    }

    [Fact]
    public async Task DispatchAsync_Delete_ClosesShellAndRepliesEmptyBody()
    {
        var shellId = await CreateShellAsync();

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Delete(shellId));

        Assert.False(isFault);
        Assert.Empty(reply.Root!.Element(S + "Body")!.Elements());
        Assert.Equal(0, _counters.Snapshot().ShellsOpen);
    }

    [Fact]
    public async Task DispatchAsync_UnknownProgram_AnswersAsCmdExeWithExitCode1()
    {
        var shellId = await CreateShellAsync();
        var (commandReply, _) = await DispatchAsync(TestEnvelopes.Command(shellId, "frobnicate"));
        var commandId = commandReply.Descendants(Rsp + "CommandId").Single().Value;

        var (reply, _) = await DispatchAsync(TestEnvelopes.Receive(shellId, commandId));

        var stderr = reply.Descendants(Rsp + "Stream").Single(s => (string?)s.Attribute("Name") == "stderr" && s.Value.Length > 0);
        Assert.Contains("is not recognized", Encoding.ASCII.GetString(Convert.FromBase64String(stderr.Value)), StringComparison.Ordinal);
        Assert.Equal("1", reply.Descendants(Rsp + "ExitCode").Single().Value);
    }

    [Fact]
    public async Task DispatchAsync_CommandLineOver8191Characters_AnswersCmdExeTooLong()
    {
        var shellId = await CreateShellAsync();
        var (commandReply, _) = await DispatchAsync(TestEnvelopes.Command(shellId, "powershell", "-EncodedCommand", new string('A', 9000)));
        var commandId = commandReply.Descendants(Rsp + "CommandId").Single().Value;

        var (reply, _) = await DispatchAsync(TestEnvelopes.Receive(shellId, commandId));

        var stderr = reply.Descendants(Rsp + "Stream").Single(s => (string?)s.Attribute("Name") == "stderr" && s.Value.Length > 0);
        Assert.Equal("The command line is too long.\r\n", Encoding.ASCII.GetString(Convert.FromBase64String(stderr.Value)));
        Assert.Equal("1", reply.Descendants(Rsp + "ExitCode").Single().Value);
        Assert.Equal(0, _counters.Snapshot().PowershellStarts);
    }

    private async Task<string> CreateShellAsync()
    {
        var (reply, _) = await DispatchAsync(TestEnvelopes.Create());
        return reply.Descendants(W + "Selector").Single().Value;
    }

    private Task<(XDocument Reply, bool IsFault)> DispatchAsync(byte[] body) =>
        _dispatcher.DispatchAsync(body, "http://lab/wsman", CancellationToken.None);

    private sealed class SilentCommand(string commandId) : IShellCommand
    {
        public string CommandId { get; } = commandId;

        public CommandOutput Output { get; } = new();

        public bool IsRunning => true;

        public Task WriteStdinAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Terminate()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
