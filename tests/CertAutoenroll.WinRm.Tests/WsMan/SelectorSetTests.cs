using System.Xml.Linq;
using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.Tests.WsMan;

public sealed class SelectorSetTests
{
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";

    [Fact]
    public void ForShell_ShellId_PacksOneShellIdSelectorWithoutMustUnderstand()
    {
        var element = SelectorSet.ForShell("0A2D6E3B-6C2A-4F36-9D0B-7E0C5C1F2A11").ToElement();

        var selector = Assert.Single(element.Elements(W + "Selector"));
        Assert.Equal(W + "SelectorSet", element.Name);
        Assert.Empty(element.Attributes());
        Assert.Equal("ShellId", (string?)selector.Attribute("Name"));
        Assert.Equal("0A2D6E3B-6C2A-4F36-9D0B-7E0C5C1F2A11", selector.Value);
    }
}
