using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>
/// A named set of <c>Name="…"</c> items in a header ([MS-WSMV] 2.2.4: <c>w:OptionSet</c>, <c>w:SelectorSet</c>);
/// both are packed here, once.
/// </summary>
internal abstract class WsManSet<TSelf>(XName setName, XName itemName)
    where TSelf : WsManSet<TSelf>
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    public bool IsEmpty => _items.Count == 0;

    public TSelf Add(string name, string value)
    {
        _items.Add(new(name, value));
        return (TSelf)this;
    }

    public XElement ToElement() =>
        new(setName, SetAttributes(), _items.Select(i => new XElement(itemName, new XAttribute("Name", i.Key), i.Value)));

    protected virtual IEnumerable<XAttribute> SetAttributes() => [];
}
