using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources;

/// <summary>Check, Diff, preview and the refused deletes of GroupPolicy, in process (the DC is never contacted).</summary>
public sealed class GroupPolicyResourceTests
{
    private const string Type = "certautoenroll:index:GroupPolicy";

    [Fact]
    public async Task Check_OnlyName_DefaultsStatusToAllSettingsEnabled()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var inputs = await provider.CheckedAsync("g", Structs.Of(("name", "Staff PKI")), Type);

        Assert.Equal("AllSettingsEnabled", inputs.Fields["status"].StringValue);
        Assert.False(inputs.Fields.ContainsKey("comment"));
    }

    [Theory]
    [InlineData("status", "Enabled", "status")]
    [InlineData("gpoId", "{31B2F340-016D-11D2-945F-00C04FB984F9}", "gpoId")]
    [InlineData("comment", "bell\u0007", "comment")]
    public async Task Check_BadInput_FailsNamingTheProperty(string key, string value, string property)
    {
        await using var provider = await InProcessProvider.StartAsync();

        var response = await provider.CheckAsync("g", Structs.Of(("name", "Staff PKI"), (key, value)), type: Type);

        Assert.Equal(property, Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Check_NoName_FailsNamingName()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var response = await provider.CheckAsync("g", Structs.Of(("comment", "x")), type: Type);

        Assert.Equal("name", Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Diff_NameChanged_RenamesInPlace()
    {
        await using var provider = await InProcessProvider.StartAsync();
        var olds = await provider.CheckedAsync("g", Structs.Of(("name", "Staff PKI")), Type);
        var news = await provider.CheckedAsync("g", Structs.Of(("name", "Staff PKI 2"), ("status", "UserSettingsDisabled")), Type);

        var diff = await provider.Client.DiffAsync(new DiffRequest { Id = "{6A4D1C52-5B0E-4F52-9D3C-0C3C3C0D6E11}", Urn = ProviderConnection.Urn("g", Type), Type = Type, Olds = olds, OldInputs = olds, News = news });

        Assert.Equal(["name", "status"], diff.Diffs.Order(StringComparer.Ordinal));
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task CreatePreview_NewGpo_LeavesIdDomainAndPathUnknown()
    {
        await using var provider = await InProcessProvider.StartAsync();
        await provider.ConfigureAsync(ProviderConnection.UnreachableConfig());
        var inputs = await provider.CheckedAsync("g", Structs.Of(("name", "Staff PKI")), Type);

        var preview = await provider.Client.CreateAsync(new CreateRequest { Urn = ProviderConnection.Urn("g", Type), Type = Type, Properties = inputs, Preview = true });

        Assert.True(Structs.IsUnknown(preview.Properties.Fields["gpoId"]));
        Assert.True(Structs.IsUnknown(preview.Properties.Fields["domain"]));
        Assert.True(Structs.IsUnknown(preview.Properties.Fields["path"]));
        Assert.Equal("Staff PKI", preview.Properties.Fields["name"].StringValue);
    }

    [Theory]
    [InlineData("{31B2F340-016D-11D2-945F-00C04FB984F9}", "Default Domain Policy")]
    [InlineData("{6AC1786C-016F-11D2-945F-00C04FB984F9}", "Default Domain Controllers Policy")]
    public async Task Delete_DefaultGpo_RefusedNamingIt(string id, string name)
    {
        await using var provider = await InProcessProvider.StartAsync();
        await provider.ConfigureAsync(ProviderConnection.UnreachableConfig());

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.Client.DeleteAsync(new DeleteRequest { Id = id, Urn = ProviderConnection.Urn("g", Type), Type = Type }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains(name, error.Status.Detail, StringComparison.Ordinal);
    }
}
