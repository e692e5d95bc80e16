using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>The <c>w:OptionSet</c> header: named options such as WINRS_CODEPAGE.</summary>
internal sealed class OptionSet
{
    private readonly List<KeyValuePair<string, string>> _options = [];

    public OptionSet Add(string name, string value)
    {
        _options.Add(new(name, value));
        return this;
    }

    public bool IsEmpty => _options.Count == 0;

    public XElement ToElement() =>
        new(
            WsManNamespaces.WsMan + "OptionSet",
            new XAttribute(WsManNamespaces.Soap + "mustUnderstand", "true"),
            _options.Select(o => new XElement(WsManNamespaces.WsMan + "Option", new XAttribute("Name", o.Key), o.Value)));
}
