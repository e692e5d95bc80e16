using System.Net;
using System.Xml.Linq;
using LabDomainController.Launcher;
using LabDomainController.Tests.Launcher;
using LabDomainController.Tests.WsMan;

namespace LabDomainController.Tests.Limits;

/// <summary>The limits as a client meets them over the wire: a running lab, NTLM-sealed http as the provider talks.</summary>
public sealed class ServiceLimitsProcessTests
{
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";
    private static readonly XNamespace F = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";

    [Fact]
    public async Task Request_LargerThanDefaultMaxEnvelopeSizekb_Answers413AndOneWithinIsServed()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);
        await client.AuthenticateAsync("NTLM", lab.UserName, lab.Password);

        var (overStatus, overReply) = await client.SendAsync(CreateWithVariable(501 * 1024));
        var (withinStatus, withinReply) = await client.SendAsync(CreateWithVariable(499 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overStatus);
        Assert.Null(overReply);
        Assert.Equal(HttpStatusCode.OK, withinStatus);
        Assert.Single(withinReply!.Descendants(W + "Selector"));
    }

    [Fact]
    public async Task Shell_IdleLongerThanShellIdleSeconds_IsDeletedAndThenUnknown()
    {
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions { ShellIdleSeconds = 1 }, CancellationToken.None);
        using var client = LabHttpClient.Connection(lab.HttpEndpoint);
        await client.AuthenticateAsync("NTLM", lab.UserName, lab.Password);
        var (_, created) = await client.SendAsync(TestEnvelopes.Create());
        var shellId = created!.Descendants(W + "Selector").Single().Value;

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var countersAfterIdle = await lab.GetCountersAsync(CancellationToken.None);
        var (status, fault) = await client.SendAsync(TestEnvelopes.Receive(shellId, "C"));

        Assert.Equal(1, countersAfterIdle.ShellsCreated);
        Assert.Equal(0, countersAfterIdle.ShellsOpen);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("2150858843", (string?)fault!.Descendants(F + "WSManFault").Single().Attribute("Code"));
    }

    /// <summary>A Create envelope of about <paramref name="totalBytes"/> bytes: the bulk is one environment variable.</summary>
    private static byte[] CreateWithVariable(int totalBytes)
    {
        var empty = Envelope(string.Empty).Length;
        return Envelope(new string('x', totalBytes - empty));
    }

    private static byte[] Envelope(string value) => TestEnvelopes.Build(
        TestEnvelopes.CreateAction, "uuid:" + Guid.NewGuid(), null,
        "<rsp:Shell><rsp:Environment><rsp:Variable Name=\"PAD\">" + value + "</rsp:Variable></rsp:Environment>"
        + "<rsp:InputStreams>stdin</rsp:InputStreams><rsp:OutputStreams>stdout stderr</rsp:OutputStreams></rsp:Shell>");
}
