using System.Text;
using System.Xml;
using System.Xml.Linq;
using LabDomainController.Auth;

namespace LabDomainController.WsMan;

/// <summary>Builds reply envelopes with the headers every client checks (reference §5.2 item 9).</summary>
internal static class WsManResponseWriter
{
    private static readonly XNamespace S = WsManNamespaces.Soap;
    private static readonly XNamespace A = WsManNamespaces.Addressing;
    private static readonly XNamespace W = WsManNamespaces.WsMan;

    public static XDocument Envelope(string action, string relatesTo, params object?[] body) => new(
        new XElement(S + "Envelope",
            new XAttribute(XNamespace.Xmlns + "s", S),
            new XAttribute(XNamespace.Xmlns + "a", A),
            new XAttribute(XNamespace.Xmlns + "w", W),
            new XAttribute(XNamespace.Xmlns + "x", WsManNamespaces.Transfer),
            new XAttribute(XNamespace.Xmlns + "rsp", WsManNamespaces.Shell),
            new XAttribute(XNamespace.Xmlns + "p", WsManNamespaces.MsWsMan),
            new XElement(S + "Header",
                new XElement(A + "Action", action),
                new XElement(A + "MessageID", "uuid:" + Guid.NewGuid().ToString("D").ToUpperInvariant()),
                new XElement(A + "To", WsManNamespaces.AnonymousAddress),
                new XElement(A + "RelatesTo", relatesTo)),
            new XElement(S + "Body", body)));

    public static XDocument Fault(WsManFaultException fault, string relatesTo)
    {
        var f = WsManNamespaces.WsManFault;
        var document = Envelope(WsManActions.Fault, relatesTo,
            new XElement(S + "Fault",
                new XElement(S + "Code",
                    new XElement(S + "Value", fault.SoapCode),
                    new XElement(S + "Subcode", new XElement(S + "Value", fault.Subcode))),
                new XElement(S + "Reason", new XElement(S + "Text", new XAttribute(XNamespace.Xml + "lang", "en-US"), fault.Message)),
                new XElement(S + "Detail",
                    new XElement(f + "WSManFault",
                        new XAttribute(XNamespace.Xmlns + "f", f),
                        new XAttribute("Code", fault.WsManCode),
                        new XAttribute("Machine", LabIdentity.DnsComputerName),
                        new XElement(f + "Message", fault.Message)))));
        return document;
    }

    public static byte[] ToBytes(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, OmitXmlDeclaration = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
