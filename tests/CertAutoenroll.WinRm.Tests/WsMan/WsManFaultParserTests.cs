using System.Xml.Linq;
using CertAutoenroll.WinRm.Tests.Infrastructure;
using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.Tests.WsMan;

public sealed class WsManFaultParserTests
{
    private static WsManFaultException Parse(string fixture) =>
        WsManFaultParser.TryParse(XDocument.Parse(WsManFixtures.Read(fixture)))
        ?? throw new InvalidOperationException(fixture + " holds no fault");

    [Fact]
    public void TryParse_OperationTimeout_ReadsEveryField()
    {
        var fault = Parse("operation-timeout-fault.xml");

        Assert.Equal("s:Receiver", fault.SoapCode);
        Assert.Equal("w:TimedOut", fault.Subcode);
        Assert.Equal(2150858793u, fault.WsManCode);
        Assert.Equal("dc01.lab.test", fault.Machine);
        Assert.Equal("The WS-Management service cannot complete the operation within the time specified in OperationTimeout.", fault.Reason);
        Assert.Null(fault.ProviderFault);
        Assert.True(fault.IsOperationTimeout);
        Assert.False(fault.MeansShellLost);
    }

    [Fact]
    public void TryParse_ShellNotFound_ReadsEveryFieldAndMeansShellLost()
    {
        var fault = Parse("shell-not-found-fault.xml");

        Assert.Equal("s:Sender", fault.SoapCode);
        Assert.Equal("w:InvalidSelectors", fault.Subcode);
        Assert.Equal(WsManFaultCodes.ShellNotFound, fault.WsManCode);
        Assert.Equal("dc01.lab.test", fault.Machine);
        Assert.StartsWith("The request for the Windows Remote Shell with ShellId 0A2D6E3B", fault.Reason, StringComparison.Ordinal);
        Assert.Null(fault.ProviderFault);
        Assert.True(fault.MeansShellLost);
        Assert.Contains("a new shell has to be opened", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_QuotaFault_TellsUserToCloseShellsOrRaiseQuota()
    {
        var fault = Parse("quota-fault.xml");

        Assert.Equal("s:Receiver", fault.SoapCode);
        Assert.Equal("w:QuotaLimit", fault.Subcode);
        Assert.Equal(WsManFaultCodes.MaxShellsPerUser, fault.WsManCode);
        Assert.Equal("dc01.lab.test", fault.Machine);
        Assert.Contains("maximum number of 30 concurrent shells", fault.Reason, StringComparison.Ordinal);
        Assert.Null(fault.ProviderFault);
        Assert.Contains("close leaked shells", fault.Message, StringComparison.Ordinal);
        Assert.Contains("MaxShellsPerUser", fault.Message, StringComparison.Ordinal);
        Assert.Contains("0x803381A5", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_AccessDenied_ReadsProviderFaultAndAdvisesAdminRights()
    {
        var fault = Parse("access-denied-fault.xml");

        Assert.Equal("s:Sender", fault.SoapCode);
        Assert.Equal("w:AccessDenied", fault.Subcode);
        Assert.Equal(WsManFaultCodes.AccessDenied, fault.WsManCode);
        Assert.Equal("dc01.lab.test", fault.Machine);
        Assert.Equal("Access is denied.", fault.Reason);
        Assert.Equal("Shell cmd plugin: Access is denied.", fault.ProviderFault);
        Assert.Contains("administrator rights", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NormalReply_ReturnsNull()
    {
        var reply = XDocument.Parse(WsManFixtures.Read("command-response.xml"));

        Assert.Null(WsManFaultParser.TryParse(reply));
    }

    [Fact]
    public async Task InvokeAsync_FaultReply_ThrowsParsedFault()
    {
        var transport = new FakeWsManTransport().Reply("quota-fault.xml");
        var client = new WsManClient(transport, new Uri("http://dc01:5985/wsman"), TimeSpan.FromSeconds(5), () => WsManFixtures.MessageGuid);

        var fault = await Assert.ThrowsAsync<WsManFaultException>(() => client.CreateShellAsync(new ShellSettings(), CancellationToken.None));

        Assert.Equal(WsManFaultCodes.MaxShellsPerUser, fault.WsManCode);
    }
}
