using CertAutoenroll.Provider.Tests.Infrastructure;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources;

/// <summary>Check, Diff and preview of CertificateTemplateAccess, in process.</summary>
public sealed class CertificateTemplateAccessResourceTests
{
    private const string Type = "certautoenroll:index:CertificateTemplateAccess";

    [Fact]
    public async Task Check_TemplateAndPrincipal_GrantsAllThreeRightsByDefault()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var inputs = await provider.CheckedAsync("t", Structs.Of(("template", "User"), ("principal", @"LAB\Domain Users")), Type);

        Assert.True(inputs.Fields["enroll"].BoolValue);
        Assert.True(inputs.Fields["autoenroll"].BoolValue);
        Assert.True(inputs.Fields["read"].BoolValue);
    }

    [Fact]
    public async Task Check_NoPrincipalAndLongTemplate_FailsNamingBoth()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var response = await provider.CheckAsync("t", Structs.Of(("template", new string('T', 65))), type: Type);

        Assert.Equal(["principal", "template"], response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("principal", @"LAB\Domain Computers", true)]
    [InlineData("template", "Machine", true)]
    [InlineData("autoenroll", false, false)]
    public async Task Diff_Changed_ReplacesOnlyForTemplateOrPrincipal(string key, object value, bool replaces)
    {
        await using var provider = await InProcessProvider.StartAsync();
        var olds = await provider.CheckedAsync("t", Structs.Of(("template", "User"), ("principal", @"LAB\Domain Users")), Type);
        var news = olds.Clone();
        news.Fields[key] = Structs.ToValue(value);

        var diff = await provider.Client.DiffAsync(new DiffRequest { Id = "User/S-1-5-21-1-2-3-513", Urn = ProviderConnection.Urn("t", Type), Type = Type, Olds = olds, OldInputs = olds, News = news });

        Assert.Equal([key], diff.Diffs);
        Assert.Equal(replaces, diff.Replaces.Contains(key));
    }

    [Fact]
    public async Task CreatePreview_NewGrant_LeavesWhatTheDcResolvesUnknown()
    {
        await using var provider = await InProcessProvider.StartAsync();
        await provider.ConfigureAsync(ProviderConnection.UnreachableConfig());
        var inputs = await provider.CheckedAsync("t", Structs.Of(("template", "User"), ("principal", @"LAB\Domain Users")), Type);

        var preview = await provider.Client.CreateAsync(new CreateRequest { Urn = ProviderConnection.Urn("t", Type), Type = Type, Properties = inputs, Preview = true });

        Assert.True(Structs.IsUnknown(preview.Properties.Fields["templateDn"]));
        Assert.True(Structs.IsUnknown(preview.Properties.Fields["principalSid"]));
        Assert.True(Structs.IsUnknown(preview.Properties.Fields["otherAccess"]));
    }
}
