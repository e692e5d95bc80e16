using System.Xml.Linq;
using LabDomainController.WsMan;

namespace LabDomainController.Tests.WsMan;

public sealed class WsManResponseWriterTests
{
    private static readonly XNamespace S = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace A = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    private static readonly XNamespace F = "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault";

    [Fact]
    public void Envelope_AnyReply_CarriesActionFreshMessageIdAnonymousToAndRelatesTo()
    {
        var document = WsManResponseWriter.Envelope(WsManActions.SendResponse, "uuid:request-1");
        var header = document.Root!.Element(S + "Header")!;

        Assert.Equal(WsManActions.SendResponse, header.Element(A + "Action")!.Value);
        Assert.Matches("^uuid:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", header.Element(A + "MessageID")!.Value);
        Assert.Equal("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous", header.Element(A + "To")!.Value);
        Assert.Equal("uuid:request-1", header.Element(A + "RelatesTo")!.Value);
    }

    [Fact]
    public void Fault_OperationTimeout_HasCodeSubcodeReasonAndWsManFault()
    {
        var document = WsManResponseWriter.Fault(WsManFaultException.OperationTimeout(), "uuid:r");
        var fault = document.Root!.Element(S + "Body")!.Element(S + "Fault")!;
        var wsManFault = fault.Element(S + "Detail")!.Element(F + "WSManFault")!;

        Assert.Equal("s:Receiver", fault.Element(S + "Code")!.Element(S + "Value")!.Value);
        Assert.Equal("w:TimedOut", fault.Element(S + "Code")!.Element(S + "Subcode")!.Element(S + "Value")!.Value);
        Assert.Contains("OperationTimeout", fault.Element(S + "Reason")!.Element(S + "Text")!.Value, StringComparison.Ordinal);
        Assert.Equal("2150858793", (string?)wsManFault.Attribute("Code"));
        Assert.Equal("dc01.lab.test", (string?)wsManFault.Attribute("Machine"));
        Assert.Contains("OperationTimeout", wsManFault.Element(F + "Message")!.Value, StringComparison.Ordinal);
        Assert.Equal("http://schemas.dmtf.org/wbem/wsman/1/wsman/fault", document.Root.Element(S + "Header")!.Element(A + "Action")!.Value);
    }

    [Fact]
    public void ToBytes_Document_IsUtf8WithoutBom()
    {
        var bytes = WsManResponseWriter.ToBytes(WsManResponseWriter.Envelope(WsManActions.SendResponse, "uuid:r"));

        Assert.Equal((byte)'<', bytes[0]);
    }
}
