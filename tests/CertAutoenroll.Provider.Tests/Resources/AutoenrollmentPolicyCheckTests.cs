using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Tests.Resources;

public sealed class AutoenrollmentPolicyCheckTests
{
    [Fact]
    public async Task Check_OnlyGpoName_AppliesDialogDefaults()
    {
        await using var session = await InProcessProvider.StartAsync();

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", "Default Domain Policy")));

        Assert.Equal("User", inputs.Fields["scope"].StringValue);
        Assert.Equal("Enabled", inputs.Fields["configurationModel"].StringValue);
        Assert.True(inputs.Fields["renewExpiredCertificates"].BoolValue);
        Assert.True(inputs.Fields["updateCertificatesThatUseTemplates"].BoolValue);
        Assert.False(inputs.Fields.ContainsKey("expirationNotification"));
    }

    [Fact]
    public async Task Check_Disabled_DefaultsBoxesToFalse()
    {
        await using var session = await InProcessProvider.StartAsync();

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", "G"), ("configurationModel", "Disabled")));

        Assert.False(inputs.Fields["renewExpiredCertificates"].BoolValue);
        Assert.False(inputs.Fields["updateCertificatesThatUseTemplates"].BoolValue);
    }

    [Fact]
    public async Task Check_EmptyExpirationNotification_DefaultsToTenPercentAndMy()
    {
        await using var session = await InProcessProvider.StartAsync();

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoId", "31b2f340-016d-11d2-945f-00c04fb984f9"), ("expirationNotification", new Struct())));

        var notification = inputs.Fields["expirationNotification"].StructValue.Fields;
        Assert.Equal(10, notification["percentage"].NumberValue);
        Assert.Equal("MY", Assert.Single(notification["stores"].ListValue.Values).StringValue);
        Assert.Equal("{31B2F340-016D-11D2-945F-00C04FB984F9}", inputs.Fields["gpoId"].StringValue);
    }

    [Theory]
    [InlineData("scope", "Everyone", "scope")]
    [InlineData("configurationModel", "NotConfigured", "configurationModel")]
    [InlineData("renewExpiredCertificates", "maybe", "renewExpiredCertificates")]
    [InlineData("gpoId", "not-a-guid", "gpoId")]
    [InlineData("colour", "blue", "colour")]
    public async Task Check_BadInput_FailsNamingTheProperty(string key, string value, string property)
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of((key, value));
        if (key != "gpoId")
        {
            news.Fields["gpoName"] = Value.ForString("Default Domain Policy");
        }

        var response = await session.CheckAsync("p", news);

        Assert.Equal(property, Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Check_SeveralBadInputs_OneFailurePerProperty()
    {
        await using var session = await InProcessProvider.StartAsync();
        var news = Structs.Of(
            ("gpoName", "G"),
            ("configurationModel", "Disabled"),
            ("renewExpiredCertificates", true),
            ("expirationNotification", Structs.Of(("percentage", 150), ("stores", new[] { "MY", "ROOT" }))));

        var response = await session.CheckAsync("p", news);

        Assert.Equal(
            ["expirationNotification.percentage", "expirationNotification.stores", "renewExpiredCertificates"],
            response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Check_NoGpo_FailsNamingGpoName()
    {
        await using var session = await InProcessProvider.StartAsync();

        var response = await session.CheckAsync("p", Structs.Of(("scope", "User")));

        Assert.Equal("gpoName", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Check_BothGpoNameAndId_FailsNamingGpoId()
    {
        await using var session = await InProcessProvider.StartAsync();

        var response = await session.CheckAsync("p", Structs.Of(("gpoName", "G"), ("gpoId", "{31B2F340-016D-11D2-945F-00C04FB984F9}")));

        Assert.Equal("gpoId", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Check_UnknownValuesInPreview_PassesThemThrough()
    {
        await using var session = await InProcessProvider.StartAsync();

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", Structs.Unknown()), ("configurationModel", Structs.Unknown())));

        Assert.True(Structs.IsUnknown(inputs.Fields["gpoName"]));
        Assert.True(Structs.IsUnknown(inputs.Fields["configurationModel"]));
        Assert.True(Structs.IsUnknown(inputs.Fields["renewExpiredCertificates"]));
    }

    [Fact]
    public async Task Check_SecretGpoName_StaysSecret()
    {
        await using var session = await InProcessProvider.StartAsync();

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoName", Structs.Secret("Default Domain Policy"))));

        Assert.True(Structs.IsSecret(inputs.Fields["gpoName"]));
        Assert.Equal("Default Domain Policy", inputs.Fields["gpoName"].StructValue.Fields["value"].StringValue);
    }

    [Fact]
    public async Task Check_ResourceReferenceAsGpoId_UsesTheReferencedId()
    {
        await using var session = await InProcessProvider.StartAsync();
        var reference = Structs.Of(
            (Structs.SignatureKey, "5cf8f73096256a8f31e491e813e4eb8e"),
            ("urn", "urn:pulumi:test::p::ad:index:Gpo::pki"),
            ("id", "{31B2F340-016D-11D2-945F-00C04FB984F9}"));

        var inputs = await session.CheckedAsync("p", Structs.Of(("gpoId", reference)));

        Assert.Equal("{31B2F340-016D-11D2-945F-00C04FB984F9}", inputs.Fields["gpoId"].StringValue);
    }
}
