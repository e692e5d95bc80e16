using System.Xml.Linq;
using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.Tests.WsMan;

public sealed class OptionSetTests
{
    private static readonly XNamespace S = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace W = "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd";

    [Fact]
    public void ToElement_TwoOptions_PacksThemInOrderAndMustBeUnderstood()
    {
        var element = new OptionSet().Add("WINRS_NOPROFILE", "TRUE").Add("WINRS_CODEPAGE", "65001").ToElement();

        Assert.Equal(W + "OptionSet", element.Name);
        Assert.Equal("true", (string?)element.Attribute(S + "mustUnderstand"));
        Assert.Equal(
            [("WINRS_NOPROFILE", "TRUE"), ("WINRS_CODEPAGE", "65001")],
            element.Elements(W + "Option").Select(o => ((string)o.Attribute("Name")!, o.Value)));
    }

    [Fact]
    public void IsEmpty_NewSet_IsTrueUntilAnOptionIsAdded()
    {
        var options = new OptionSet();
        var empty = options.IsEmpty;

        options.Add("WSMAN_CMDSHELL_OPTION_KEEPALIVE", "TRUE");

        Assert.True(empty);
        Assert.False(options.IsEmpty);
    }
}
