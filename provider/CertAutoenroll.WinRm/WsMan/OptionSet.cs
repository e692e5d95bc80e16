using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>The <c>w:OptionSet</c> header: named options such as WINRS_CODEPAGE, which the service must understand.</summary>
internal sealed class OptionSet() : WsManSet<OptionSet>(WsManNamespaces.WsMan + "OptionSet", WsManNamespaces.WsMan + "Option")
{
    protected override IEnumerable<XAttribute> SetAttributes() => [new XAttribute(WsManNamespaces.Soap + "mustUnderstand", "true")];
}
