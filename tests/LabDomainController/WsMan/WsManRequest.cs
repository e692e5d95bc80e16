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
    }

    public XElement Header { get; }

    public XElement Body { get; }

    public string Action { get; }

    public string MessageId { get; }

    public string? ResourceUri { get; }

    public string? ShellId { get; }

    public IReadOnlyDictionary<string, string> Options { get; }

    public TimeSpan OperationTimeout { get; }

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

    private static TimeSpan ParseTimeout(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TimeSpan.FromSeconds(60);
        }

        try
        {
            var timeout = XmlConvert.ToTimeSpan(value);
            return timeout > TimeSpan.Zero ? timeout : TimeSpan.FromSeconds(60);
        }
        catch (FormatException)
        {
            throw WsManFaultException.InvalidRequest($"OperationTimeout '{value}' is not an ISO 8601 duration such as PT20S.");
        }
    }
}
