using System.Globalization;
using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>Builds the SOAP envelope with the headers Windows expects ([MS-WSMV] 2.2.4).</summary>
internal static class WsManEnvelope
{
    /// <summary>
    /// The largest envelope sent or asked for: 150 KiB, the smallest MaxEnvelopeSizekb Windows has shipped with (current
    /// servers default to 500), so no listener left at its default answers a request with HTTP 413.
    /// </summary>
    public const int MaxEnvelopeSize = 153600;
    public const string Locale = "en-US";

    public static XDocument Build(WsManRequest request, Uri endpoint, string messageId, string sessionId, TimeSpan operationTimeout)
    {
        var s = WsManNamespaces.Soap;
        var a = WsManNamespaces.Addressing;
        var w = WsManNamespaces.WsMan;
        var p = WsManNamespaces.WsManMicrosoft;
        var mustUnderstand = new XAttribute(s + "mustUnderstand", "true");
        var mayIgnore = new XAttribute(s + "mustUnderstand", "false");
        var header = new XElement(
            s + "Header",
            new XElement(a + "To", endpoint.ToString()),
            new XElement(a + "ReplyTo", new XElement(a + "Address", mustUnderstand, WsManNamespaces.AnonymousAddress)),
            new XElement(a + "Action", mustUnderstand, request.Action),
            new XElement(a + "MessageID", messageId),
            new XElement(w + "ResourceURI", mustUnderstand, request.ResourceUri),
            new XElement(w + "MaxEnvelopeSize", mustUnderstand, MaxEnvelopeSize.ToString(CultureInfo.InvariantCulture)),
            new XElement(w + "Locale", mayIgnore, new XAttribute(WsManNamespaces.Xml + "lang", Locale)),
            new XElement(p + "DataLocale", mayIgnore, new XAttribute(WsManNamespaces.Xml + "lang", Locale)),
            new XElement(w + "OperationTimeout", WsManDuration.Format(request.OperationTimeout ?? operationTimeout)),
            new XElement(p + "SessionId", mayIgnore, sessionId));
        if (request.Selectors is { IsEmpty: false } selectors)
        {
            header.Add(selectors.ToElement());
        }

        if (request.Options is { IsEmpty: false } options)
        {
            header.Add(options.ToElement());
        }

        var envelope = new XElement(
            s + "Envelope",
            new XAttribute(XNamespace.Xmlns + "s", s.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "a", a.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "w", w.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "p", p.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "rsp", WsManNamespaces.Shell.NamespaceName),
            header,
            new XElement(s + "Body", request.Body));
        return new XDocument(envelope);
    }

    public static string NewMessageId(Guid id) => "uuid:" + id.ToString("D").ToUpperInvariant();
}
