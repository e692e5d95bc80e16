using LabDomainController.WsMan;

namespace LabDomainController.Tests.WsMan;

public sealed class WsManRequestTests
{
    [Fact]
    public void Parse_PywinrmReceive_ReadsHeadersByNamespaceUri()
    {
        var body = TestEnvelopes.Receive("ABC-SHELL", "CMD-1", "PT20S");

        var request = WsManRequest.Parse(body);

        Assert.Equal("http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Receive", request.Action);
        Assert.StartsWith("uuid:", request.MessageId, StringComparison.Ordinal);
        Assert.Equal("ABC-SHELL", request.ShellId);
        Assert.Equal(TimeSpan.FromSeconds(20), request.OperationTimeout);
        Assert.Equal("TRUE", request.Option("WSMAN_CMDSHELL_OPTION_KEEPALIVE", "missing"));
    }

    [Fact]
    public void Parse_FractionalOperationTimeout_ReadsIso8601Duration()
    {
        var request = WsManRequest.Parse(TestEnvelopes.Receive("S", "C", "PT60.000S"));

        Assert.Equal(TimeSpan.FromSeconds(60), request.OperationTimeout);
    }

    [Fact]
    public void Parse_NoOperationTimeoutHeader_LeavesItToTheService()
    {
        var body = System.Text.Encoding.UTF8.GetString(TestEnvelopes.Receive("S", "C"))
            .Replace("<w:OperationTimeout>PT20S</w:OperationTimeout>", string.Empty, StringComparison.Ordinal);

        var request = WsManRequest.Parse(System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Null(request.OperationTimeout);
        Assert.Equal(153600, request.MaxEnvelopeSize);
    }

    [Fact]
    public void Parse_NotXml_ThrowsSchemaValidationFault()
    {
        var fault = Assert.Throws<WsManFaultException>(() => WsManRequest.Parse("not xml"u8.ToArray()));

        Assert.Equal("w:SchemaValidationError", fault.Subcode);
    }

    [Fact]
    public void Parse_NoAction_ThrowsFaultNamingActionHeader()
    {
        var body = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/><s:Body/></s:Envelope>"u8.ToArray();

        var fault = Assert.Throws<WsManFaultException>(() => WsManRequest.Parse(body));

        Assert.Contains("a:Action", fault.Message, StringComparison.Ordinal);
    }
}
