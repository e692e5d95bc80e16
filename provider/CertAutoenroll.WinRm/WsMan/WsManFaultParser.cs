using System.Globalization;
using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>Reads an <c>s:Fault</c> into a <see cref="WsManFaultException"/>; the only place faults are parsed.</summary>
internal static class WsManFaultParser
{
    public static WsManFaultException? TryParse(XDocument document)
    {
        var fault = document.Root?.Element(WsManNamespaces.Soap + "Body")?.Element(WsManNamespaces.Soap + "Fault");
        if (fault is null)
        {
            return null;
        }

        var s = WsManNamespaces.Soap;
        var f = WsManNamespaces.WsManFault;
        var code = fault.Element(s + "Code");
        var soapCode = code?.Element(s + "Value")?.Value.Trim() ?? "s:Receiver";
        var subcode = code?.Element(s + "Subcode")?.Element(s + "Value")?.Value.Trim();
        var detail = fault.Element(s + "Detail")?.Element(f + "WSManFault");
        var reasonText = fault.Element(s + "Reason")?.Element(s + "Text")?.Value;
        var message = detail?.Element(f + "Message");
        var providerFault = message?.Element(f + "ProviderFault");
        var messageText = message is null ? null : string.Concat(message.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        var reason = !string.IsNullOrWhiteSpace(messageText) ? messageText : reasonText?.Trim() ?? "(no reason given)";
        return new WsManFaultException(
            soapCode,
            subcode,
            ParseCode(detail?.Attribute("Code")?.Value),
            detail?.Attribute("Machine")?.Value,
            reason,
            providerFault is null ? null : DescribeProviderFault(providerFault));
    }

    private static uint? ParseCode(string? text) =>
        uint.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null;

    private static string DescribeProviderFault(XElement providerFault)
    {
        var provider = providerFault.Attribute("provider")?.Value;
        var text = providerFault.Value.Trim();
        return string.IsNullOrEmpty(provider) ? text : $"{provider}: {text}";
    }
}
