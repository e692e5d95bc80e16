using System.Text;

namespace LabDomainController.Tests.WsMan;

/// <summary>Request envelopes shaped as pywinrm 0.3.0 sends them (env:/a:/w: prefixes, unqualified mustUnderstand).</summary>
internal static class TestEnvelopes
{
    public const string CreateAction = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create";
    public const string DeleteAction = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete";
    public const string ShellAction = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/";

    public static byte[] Build(string action, string messageId, string? shellId, string body, string options = "", string timeout = "PT20S",
        int maxEnvelopeSize = 153600) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd" xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell">
              <env:Header>
                <a:To>http://windows-host:5985/wsman</a:To>
                <a:ReplyTo><a:Address mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>
                <w:MaxEnvelopeSize mustUnderstand="true">{maxEnvelopeSize}</w:MaxEnvelopeSize>
                <a:MessageID>{messageId}</a:MessageID>
                <w:Locale mustUnderstand="false" xml:lang="en-US"/>
                <p:DataLocale mustUnderstand="false" xml:lang="en-US"/>
                <w:OperationTimeout>{timeout}</w:OperationTimeout>
                <w:ResourceURI mustUnderstand="true">http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd</w:ResourceURI>
                <a:Action mustUnderstand="true">{action}</a:Action>
                {(shellId is null ? string.Empty : $"<w:SelectorSet><w:Selector Name=\"ShellId\">{shellId}</w:Selector></w:SelectorSet>")}
                {(options.Length == 0 ? string.Empty : $"<w:OptionSet>{options}</w:OptionSet>")}
              </env:Header>
              <env:Body>{body}</env:Body>
            </env:Envelope>
            """);

    public static byte[] Create(string messageId = "uuid:11111111-2222-3333-4444-555555555555") => Build(
        CreateAction, messageId, null,
        "<rsp:Shell><rsp:InputStreams>stdin</rsp:InputStreams><rsp:OutputStreams>stdout stderr</rsp:OutputStreams></rsp:Shell>",
        "<w:Option Name=\"WINRS_NOPROFILE\">FALSE</w:Option><w:Option Name=\"WINRS_CODEPAGE\">437</w:Option>");

    public static byte[] Command(string shellId, string command, params string[] arguments) => Build(
        ShellAction + "Command", "uuid:" + Guid.NewGuid(), shellId,
        $"<rsp:CommandLine><rsp:Command><![CDATA[{command}]]></rsp:Command>"
        + string.Concat(arguments.Select(a => $"<rsp:Arguments>{a}</rsp:Arguments>")) + "</rsp:CommandLine>",
        "<w:Option Name=\"WINRS_CONSOLEMODE_STDIN\">TRUE</w:Option><w:Option Name=\"WINRS_SKIP_CMD_SHELL\">FALSE</w:Option>");

    public static byte[] Receive(string shellId, string commandId, string timeout = "PT20S", int maxEnvelopeSize = 153600) => Build(
        ShellAction + "Receive", "uuid:" + Guid.NewGuid(), shellId,
        $"<rsp:Receive><rsp:DesiredStream CommandId=\"{commandId}\">stdout stderr</rsp:DesiredStream></rsp:Receive>",
        "<w:Option Name=\"WSMAN_CMDSHELL_OPTION_KEEPALIVE\">TRUE</w:Option>", timeout, maxEnvelopeSize);

    public static byte[] Signal(string shellId, string commandId, string code) => Build(
        ShellAction + "Signal", "uuid:" + Guid.NewGuid(), shellId,
        $"<rsp:Signal CommandId=\"{commandId}\"><rsp:Code>http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/{code}</rsp:Code></rsp:Signal>");

    public static byte[] Delete(string shellId) => Build(DeleteAction, "uuid:" + Guid.NewGuid(), shellId, string.Empty);
}
