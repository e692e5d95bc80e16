using System.Xml.Linq;
using LabDomainController.Handlers;
using LabDomainController.Hosting;
using LabDomainController.Limits;
using LabDomainController.Shells;

namespace LabDomainController.Tests.WsMan;

/// <summary>
/// The lab's replies have the same elements and attributes, in the same order, as the Windows replies in
/// tests/Fixtures/WsManServer (values such as ids and text differ and are not compared).
/// </summary>
public sealed class WindowsReplyShapeTests
{
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace Rsp = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell";

    private readonly WsManDispatcher _dispatcher;

    public WindowsReplyShapeTests()
    {
        var options = LabOptions.Parse(["--password", "unused", "--data", Path.GetTempPath()]);
        var counters = new LabCounterState();
        var limits = new ServiceLimits(options);
        var shells = new ShellRegistry(options, counters, limits, TimeProvider.System);
        var starter = new CommandStarter(options, counters, new ProcessTracker());
        _dispatcher = new WsManDispatcher(
        [
            new CreateHandler(shells), new CommandHandler(shells, starter, limits), new ReceiveHandler(shells, limits), new DeleteHandler(shells),
        ], limits);
    }

    [Fact]
    public async Task Create_Reply_HasWindowsCreateResponseShape()
    {
        var (reply, _) = await DispatchAsync(TestEnvelopes.Create());

        Assert.Equal(Shape(LoadFixture("create-response.xml")), Shape(reply));
    }

    [Fact]
    public async Task Receive_FinishedEcho_HasWindowsReceiveDoneShape()
    {
        var (created, _) = await DispatchAsync(TestEnvelopes.Create());
        var shellId = created.Descendants(W + "Selector").Single().Value;
        var (command, _) = await DispatchAsync(TestEnvelopes.Command(shellId, "echo", "hi"));
        var commandId = command.Descendants(Rsp + "CommandId").Single().Value;

        var (reply, _) = await DispatchAsync(TestEnvelopes.Receive(shellId, commandId));

        Assert.Equal(Shape(LoadFixture("receive-done-response.xml")), Shape(reply));
    }

    [Fact]
    public async Task Receive_UnknownShell_HasWindowsFaultShapeAndCode()
    {
        var (reply, isFault) = await DispatchAsync(TestEnvelopes.Receive("00000000-0000-0000-0000-000000000000", "C"));
        var fixture = LoadFixture("fault-shell-not-found.xml");

        Assert.True(isFault);
        Assert.Equal(Shape(fixture), Shape(reply));
        Assert.Equal(Code(fixture), Code(reply));
    }

    private static XDocument LoadFixture(string name) =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "WsManServer", name));

    /// <summary>Element names with their attribute names, in document order, below the Envelope.</summary>
    private static List<string> Shape(XDocument document) => document.Root!.Descendants()
        .Select(e => e.Name + "[" + string.Join(',', e.Attributes()
            .Where(a => !a.IsNamespaceDeclaration)
            .Select(a => a.Name.ToString())
            .Order(StringComparer.Ordinal)) + "]")
        .ToList();

    private static string? Code(XDocument document) =>
        (string?)document.Descendants(XName.Get("WSManFault", "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault")).Single().Attribute("Code");

    private Task<(XDocument Reply, bool IsFault)> DispatchAsync(byte[] body) =>
        _dispatcher.DispatchAsync(body, "http://lab/wsman", CancellationToken.None);
}
