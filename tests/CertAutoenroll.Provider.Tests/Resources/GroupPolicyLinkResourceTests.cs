using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources;

/// <summary>Check, Diff, preview and ids of GroupPolicyLink, in process.</summary>
public sealed class GroupPolicyLinkResourceTests
{
    private const string Type = "certautoenroll:index:GroupPolicyLink";
    private const string GpoId = "{31B2F340-016D-11D2-945F-00C04FB984F9}";
    private const string Staff = "OU=Staff,DC=lab,DC=test";

    [Fact]
    public async Task Check_GpoIdAndTarget_DefaultsEnabledAndNotEnforced()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var inputs = await provider.CheckedAsync("l", Structs.Of(("gpoId", "31b2f340-016d-11d2-945f-00c04fb984f9"), ("target", Staff)), Type);

        Assert.Equal(GpoId, inputs.Fields["gpoId"].StringValue);
        Assert.True(inputs.Fields["enabled"].BoolValue);
        Assert.False(inputs.Fields["enforced"].BoolValue);
        Assert.False(inputs.Fields.ContainsKey("order"));
    }

    [Theory]
    [InlineData("target", "Staff", "target")]
    [InlineData("order", "0", "order")]
    [InlineData("enforced", "sometimes", "enforced")]
    public async Task Check_BadInput_FailsNamingTheProperty(string key, string value, string property)
    {
        await using var provider = await InProcessProvider.StartAsync();
        var news = Structs.Of(("gpoName", "Staff PKI"), ("target", Staff));
        news.Fields[key] = Google.Protobuf.WellKnownTypes.Value.ForString(value);

        var response = await provider.CheckAsync("l", news, type: Type);

        Assert.Equal(property, Assert.Single(response.Failures).Property);
    }

    [Fact]
    public async Task Check_NoGpo_FailsNamingGpoName()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var response = await provider.CheckAsync("l", Structs.Of(("target", Staff)), type: Type);

        Assert.Equal("gpoName", Assert.Single(response.Failures).Property);
    }

    [Theory]
    [InlineData("target", "OU=Workstations,DC=lab,DC=test", true)]
    [InlineData("enforced", true, false)]
    public async Task Diff_Changed_ReplacesOnlyForGpoOrTarget(string key, object value, bool replaces)
    {
        await using var provider = await InProcessProvider.StartAsync();
        var olds = await provider.CheckedAsync("l", Structs.Of(("gpoId", GpoId), ("target", Staff)), Type);
        var news = olds.Clone();
        news.Fields[key] = Structs.ToValue(value);

        var diff = await provider.Client.DiffAsync(new DiffRequest { Id = $"{GpoId}/{Staff}", Urn = ProviderConnection.Urn("l", Type), Type = Type, Olds = olds, OldInputs = olds, News = news });

        Assert.Equal([key], diff.Diffs);
        Assert.Equal(replaces, diff.Replaces.Contains(key));
    }

    [Fact]
    public async Task UpdatePreview_OrderUndeclared_KeepsTheDcsOrder()
    {
        await using var provider = await InProcessProvider.StartAsync();
        await provider.ConfigureAsync(ProviderConnection.UnreachableConfig());
        var news = await provider.CheckedAsync("l", Structs.Of(("gpoId", GpoId), ("target", Staff), ("enforced", true)), Type);
        var olds = Structs.Of(("gpoId", GpoId), ("gpoName", "Default Domain Policy"), ("target", Staff), ("enabled", true), ("enforced", false), ("order", 2));

        var preview = await provider.Client.UpdateAsync(new UpdateRequest { Id = $"{GpoId}/{Staff}", Urn = ProviderConnection.Urn("l", Type), Type = Type, Olds = olds, News = news, Preview = true });

        Assert.Equal(2, preview.Properties.Fields["order"].NumberValue);
        Assert.Equal("Default Domain Policy", preview.Properties.Fields["gpoName"].StringValue);
    }

    [Fact]
    public async Task Read_IdWithoutGpoGuid_FailsWithTheIdFormat()
    {
        await using var provider = await InProcessProvider.StartAsync();
        await provider.ConfigureAsync(ProviderConnection.UnreachableConfig());

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.Client.ReadAsync(new ReadRequest { Id = "Staff PKI/" + Staff, Urn = ProviderConnection.Urn("l", Type), Type = Type }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("<gpoId>/<target DN>", error.Status.Detail, StringComparison.Ordinal);
    }
}
