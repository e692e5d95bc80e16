using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>The <c>w:SelectorSet</c> header that addresses one shell.</summary>
internal sealed class SelectorSet
{
    private readonly List<KeyValuePair<string, string>> _selectors = [];

    public static SelectorSet ForShell(string shellId) => new SelectorSet().Add("ShellId", shellId);

    public SelectorSet Add(string name, string value)
    {
        _selectors.Add(new(name, value));
        return this;
    }

    public XElement ToElement() =>
        new(
            WsManNamespaces.WsMan + "SelectorSet",
            _selectors.Select(s => new XElement(WsManNamespaces.WsMan + "Selector", new XAttribute("Name", s.Key), s.Value)));
}
