using System.Text.Json;
using LabDomainController.Scenarios;

namespace LabDomainController.Tests.Scenarios;

public sealed class FaultSettingsTests
{
    [Fact]
    public void FromJson_AllFields_ReadsThem()
    {
        using var json = JsonDocument.Parse("""{"every":5,"kinds":["dropAfterSend","quotaShells"],"seed":7,"delayMs":1500,"limit":2}""");

        var settings = FaultSettings.FromJson(json.RootElement, FaultSettings.None);

        Assert.Equal(5, settings.Every);
        Assert.Equal([FaultKind.DropAfterSend, FaultKind.QuotaShells], settings.Kinds);
        Assert.Equal(7, settings.Seed);
        Assert.Equal(1500, settings.DelayMs);
        Assert.Equal(2, settings.Limit);
    }

    [Fact]
    public void FromJson_KindsAll_MeansEveryKind()
    {
        using var json = JsonDocument.Parse("""{"kinds":"all"}""");

        var settings = FaultSettings.FromJson(json.RootElement, FaultSettings.None);

        Assert.Equal(FaultKindNames.All, settings.Kinds);
        Assert.Equal(0, settings.Every);
    }

    [Fact]
    public void FromJson_UnknownKind_ErrorNamesTheFieldAndListsTheKinds()
    {
        using var json = JsonDocument.Parse("""{"kinds":["dropBefore","meteorStrike"]}""");

        var error = Assert.Throws<ArgumentException>(() => FaultSettings.FromJson(json.RootElement, FaultSettings.None));

        Assert.Contains("kinds", error.Message, StringComparison.Ordinal);
        Assert.Contains("meteorStrike", error.Message, StringComparison.Ordinal);
        Assert.Contains("dropAfterReceive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_NegativeEvery_ErrorNamesTheField()
    {
        using var json = JsonDocument.Parse("""{"every":-1}""");

        var error = Assert.Throws<ArgumentException>(() => FaultSettings.FromJson(json.RootElement, FaultSettings.None));

        Assert.Contains("'every'", error.Message, StringComparison.Ordinal);
    }
}
