using System.Xml;
using System.Xml.Linq;

namespace LabDomainController.WsMan;

/// <summary>A parsed request envelope; elements are matched by namespace URI, never by prefix.</summary>
internal sealed class WsManRequest
{
    private WsManRequest(XElement header, XElement body)
    {
        Header = header;
        Body = body;
        Action = Text(header, WsManNamespaces.Addressing + "Action")
            ?? throw WsManFaultException.InvalidRequest("The request has no a:Action header.");
        MessageId = Text(header, WsManNamespaces.Addressing + "MessageID") ?? string.Empty;
        ResourceUri = Text(header, WsManNamespaces.WsMan + "ResourceURI");
        ShellId = header.Element(WsManNamespaces.WsMan + "SelectorSet")?
            .Elements(WsManNamespaces.WsMan + "Selector")
            .FirstOrDefault(s => (string?)s.Attribute("Name") == "ShellId")?.Value.Trim();
        Options = header.Element(WsManNamespaces.WsMan + "OptionSet")?
            .Elements(WsManNamespaces.WsMan + "Option")
            .Where(o => o.Attribute("Name") is not null)
            .GroupBy(o => (string)o.Attribute("Name")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        OperationTimeout = ParseTimeout(Text(header, WsManNamespaces.WsMan + "OperationTimeout"));
        MaxEnvelopeSize = ParseEnvelopeSize(Text(header, WsManNamespaces.WsMan + "MaxEnvelopeSize"));
    }

    public XElement Header { get; }

    /// <summary>The domain account the request was authenticated as (set by the dispatcher; null = none known).</summary>
    public string? Account { get; set; }

    public XElement Body { get; }

    public string Action { get; }

    public string MessageId { get; }

    public string? ResourceUri { get; }

    public string? ShellId { get; }

    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>The client's wsman:OperationTimeout; null when absent (the service then uses MaxTimeoutms).</summary>
    public TimeSpan? OperationTimeout { get; }

    /// <summary>The client's wsman:MaxEnvelopeSize in octets; null when absent.</summary>
    public int? MaxEnvelopeSize { get; }

    public static WsManRequest Parse(byte[] body)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(body);
            document = XDocument.Load(stream);
        }
        catch (XmlException exception)
        {
            throw WsManFaultException.InvalidRequest($"The request body is not well-formed XML: {exception.Message}");
        }

        var envelope = document.Root;
        if (envelope?.Name != WsManNamespaces.Soap + "Envelope")
        {
            throw WsManFaultException.InvalidRequest("The request is not a SOAP 1.2 Envelope.");
        }

        var header = envelope.Element(WsManNamespaces.Soap + "Header")
            ?? throw WsManFaultException.InvalidRequest("The SOAP envelope has no Header.");
        var soapBody = envelope.Element(WsManNamespaces.Soap + "Body") ?? new XElement(WsManNamespaces.Soap + "Body");
        return new WsManRequest(header, soapBody);
    }

    public string Option(string name, string fallback) => Options.TryGetValue(name, out var value) ? value : fallback;

    private static string? Text(XElement parent, XName name) => parent.Element(name)?.Value.Trim();

    private static TimeSpan? ParseTimeout(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var timeout = XmlConvert.ToTimeSpan(value);
            return timeout > TimeSpan.Zero ? timeout : null;
        }
        catch (FormatException)
        {
            throw WsManFaultException.InvalidRequest($"OperationTimeout '{value}' is not an ISO 8601 duration such as PT20S.");
        }
    }

    private static int? ParseEnvelopeSize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
            ? size
            : throw WsManFaultException.InvalidRequest($"MaxEnvelopeSize '{value}' is not a whole number of octets such as 153600.");
    }
}
