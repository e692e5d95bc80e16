using System.Diagnostics;
using System.Xml.Linq;
using LabDomainController.Handlers;
using LabDomainController.Hosting;
using LabDomainController.Limits;
using LabDomainController.Shells;
using LabDomainController.Tests.WsMan;
using LabDomainController.WsMan;

namespace LabDomainController.Tests.Limits;

/// <summary>Each WinRM limit, driven through the dispatcher, answers with the fault Windows sends.</summary>
public sealed class ServiceLimitsDispatchTests : IDisposable
{
    private static readonly XNamespace S = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";
    private static readonly XNamespace F = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";

    private readonly ManualClock _clock = new();
    private readonly LabCounterState _counters = new();
    private ShellRegistry? _shells;
    private WsManDispatcher? _dispatcher;

    [Fact]
    public async Task Receive_OperationTimeoutAboveMaxTimeoutms_FaultsAfterMaxTimeoutms()
    {
        Build("--max-timeout-ms", "500");
        var shellId = await CreateShellAsync();
        _shells!.Get(shellId).Add(new FakeCommand("SILENT", running: true));
        var watch = Stopwatch.StartNew();

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, "SILENT", "PT30S"));

        Assert.True(isFault);
        Assert.Equal("2150858793", FaultCode(reply));
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Request_MaxEnvelopeSizeBelow8192_AnswersEncodingLimitFault()
    {
        Build();
        var shellId = await CreateShellAsync();

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, "C", maxEnvelopeSize: 4096));

        Assert.True(isFault);
        Assert.Equal("w:EncodingLimit", reply.Descendants(S + "Subcode").Single().Value);
        Assert.Equal("2150858823", FaultCode(reply));
    }

    [Fact]
    public async Task Receive_OutputLargerThanClientMaxEnvelopeSize_EachReplyFitsAndAllOutputArrives()
    {
        Build();
        var shellId = await CreateShellAsync();
        var command = new FakeCommand("BIG", running: false);
        var output = Enumerable.Range(0, 100_000).Select(i => (byte)('a' + (i % 26))).ToArray();
        command.Output.Append(OutputStreamName.Stdout, output);
        command.Output.Close(OutputStreamName.Stdout);
        command.Output.Close(OutputStreamName.Stderr);
        command.Output.SetExitCode(0);
        _shells!.Get(shellId).Add(command);
        var received = new List<byte>();
        var replies = 0;

        while (true)
        {
            var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, "BIG", maxEnvelopeSize: 16384));
            replies++;
            Assert.False(isFault);
            Assert.InRange(WsManResponseWriter.ToBytes(reply).Length, 1, 16384);
            foreach (var stream in reply.Descendants(Rsp + "Stream").Where(s => s.Value.Length > 0))
            {
                received.AddRange(Convert.FromBase64String(stream.Value));
            }

            if (reply.Descendants(Rsp + "ExitCode").Any())
            {
                break;
            }
        }

        Assert.Equal(output, received.ToArray());
        Assert.True(replies >= 8, $"100000 bytes in 16 KiB envelopes need at least 8 replies; got {replies}.");
    }

    [Fact]
    public async Task Command_MaxProcessesPerShellRunning_AnswersNotEnoughQuotaFault()
    {
        Build("--max-processes-per-shell", "2");
        var shellId = await CreateShellAsync();
        var shell = _shells!.Get(shellId);
        shell.Add(new FakeCommand("RUNNING-1", running: true));
        shell.Add(new FakeCommand("FINISHED", running: false));
        var (first, firstIsFault) = await DispatchAsync(TestEnvelopes.Command(shellId, "echo", "one"));
        shell.Add(new FakeCommand("RUNNING-2", running: true));

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Command(shellId, "echo", "two"));

        Assert.False(firstIsFault, first.ToString());
        Assert.True(isFault);
        Assert.Equal("1816", FaultCode(reply));
        Assert.Equal("w:InternalError", reply.Descendants(S + "Subcode").Single().Value);
    }

    [Fact]
    public async Task Receive_ShellIdleForItsIdleTimeout_AnswersShellNotFoundAndClosesIt()
    {
        Build("--shell-idle-seconds", "60");
        var shellId = await CreateShellAsync();
        _clock.Advance(TimeSpan.FromSeconds(59));
        var (stillOpen, stillOpenIsFault) = await DispatchAsync(TestEnvelopes.Signal(shellId, "NONE", "ctrl_c"));
        _clock.Advance(TimeSpan.FromSeconds(60));

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive(shellId, "C"));

        Assert.False(stillOpenIsFault, stillOpen.ToString());
        Assert.True(isFault);
        Assert.Equal("2150858843", FaultCode(reply));
        Assert.Equal(0, _counters.Snapshot().ShellsOpen);
    }

    [Fact]
    public async Task Create_ClientIdleTimeOutShorterThanService_ShellExpiresAfterTheClientsValue()
    {
        Build();
        var (created, _) = await DispatchAsync(TestEnvelopes.Build(
            TestEnvelopes.CreateAction, "uuid:idle", null,
            "<rsp:Shell><rsp:InputStreams>stdin</rsp:InputStreams><rsp:OutputStreams>stdout stderr</rsp:OutputStreams>"
            + "<rsp:IdleTimeOut>PT30S</rsp:IdleTimeOut></rsp:Shell>"));
        var shellId = created.Descendants(W + "Selector").Single().Value;
        _clock.Advance(TimeSpan.FromSeconds(31));

        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Delete(shellId));

        Assert.Equal("PT30.000S", created.Descendants(Rsp + "IdleTimeOut").Single().Value);
        Assert.True(isFault);
        Assert.Equal("2150858843", FaultCode(reply));
    }

    public void Dispose() => _shells?.Dispose();

    private void Build(params string[] extra)
    {
        var options = LabOptions.Parse(["--password", "unused", "--data", Path.GetTempPath(), .. extra]);
        var limits = new ServiceLimits(options);
        _shells = new ShellRegistry(options, _counters, limits, _clock);
        var starter = new CommandStarter(options, _counters, new ProcessTracker());
        _dispatcher = new WsManDispatcher(
        [
            new CreateHandler(_shells), new CommandHandler(_shells, starter, limits), new ReceiveHandler(_shells, limits),
            new SignalHandler(_shells), new DeleteHandler(_shells),
        ], limits);
    }

    private async Task<string> CreateShellAsync()
    {
        var (reply, _) = await DispatchAsync(TestEnvelopes.Create());
        return reply.Descendants(W + "Selector").Single().Value;
    }

    private Task<(XDocument Reply, bool IsFault)> DispatchAsync(byte[] body) =>
        _dispatcher!.DispatchAsync(body, "http://lab/wsman", CancellationToken.None);

    private static string? FaultCode(XDocument reply) => (string?)reply.Descendants(F + "WSManFault").Single().Attribute("Code");

    private sealed class FakeCommand(string commandId, bool running) : IShellCommand
    {
        public string CommandId { get; } = commandId;

        public CommandOutput Output { get; } = new();

        public bool IsRunning { get; } = running;

        public Task WriteStdinAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Terminate()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
