using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Tests.Connection;

public sealed class WinRmConnectionOptionsTests
{
    [Fact]
    public void ToString_WithPassword_DoesNotContainIt()
    {
        var options = new WinRmConnectionOptions { Host = "dc01.lab.test", UserName = @"LAB\admin", Password = "Sup3r-Secret!" };

        var text = options.ToString();

        Assert.DoesNotContain("Sup3r-Secret!", text, StringComparison.Ordinal);
        Assert.Contains("dc01.lab.test", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectivePort_NoPort_UsesSchemeDefault()
    {
        Assert.Equal(5986, new WinRmConnectionOptions { Host = "h" }.EffectivePort);
        Assert.Equal(5985, new WinRmConnectionOptions { Host = "h", Scheme = WinRmScheme.Http }.EffectivePort);
    }
}
