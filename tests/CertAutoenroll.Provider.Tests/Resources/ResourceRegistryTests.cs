using System.Text.Json.Nodes;
using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.Provider.Tests.Resources.FakeWidget;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Resources;

/// <summary>Dispatch by type token through the registry: a resource defined in its own folder of another assembly works end to end.</summary>
public sealed class ResourceRegistryTests
{
    private const string Widget = FakeWidgetResource.Token;
    private static readonly Comparer<System.Type> TypeByName = Comparer<System.Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

    [Fact]
    public async Task Check_ResourceFromItsOwnFolder_AppliesItsTableDefaults()
    {
        await using var provider = await InProcessProvider.StartAsync(typeof(FakeWidgetResource).Assembly);

        var inputs = await provider.CheckedAsync("w", Structs.Of(("label", "blue")), Widget);

        Assert.Equal(3, inputs.Fields["size"].NumberValue);
        Assert.Equal("blue", inputs.Fields["label"].StringValue);
    }

    [Fact]
    public async Task Check_ResourceTableRules_FailNamingEachProperty()
    {
        await using var provider = await InProcessProvider.StartAsync(typeof(FakeWidgetResource).Assembly);

        var response = await provider.CheckAsync("w", Structs.Of(("size", 11), ("colour", "red")), type: Widget);

        Assert.Equal(["colour", "label", "size"], response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lifecycle_ResourceFromItsOwnFolder_DispatchedToItsHandler()
    {
        await using var provider = await InProcessProvider.StartAsync(typeof(FakeWidgetResource).Assembly);
        var handler = provider.Get<IEnumerable<ResourceHandler>>().OfType<FakeWidgetResource>().Single();
        var inputs = await provider.CheckedAsync("w", Structs.Of(("label", "blue")), Widget);

        var created = await provider.Client.CreateAsync(new CreateRequest { Urn = ProviderConnection.Urn("w", Widget), Type = Widget, Properties = inputs });
        var diff = await provider.Client.DiffAsync(new DiffRequest
        {
            Id = created.Id, Urn = ProviderConnection.Urn("w", Widget), Type = Widget, Olds = created.Properties, OldInputs = inputs,
            News = Structs.Of(("label", "green"), ("size", 3)),
        });
        await provider.Client.DeleteAsync(new DeleteRequest { Id = created.Id, Urn = ProviderConnection.Urn("w", Widget), Type = Widget });

        Assert.Equal("widget-1", created.Properties.Fields["serial"].StringValue);
        Assert.Equal(["label"], diff.Replaces);
        Assert.Empty(handler.Store);
    }

    [Fact]
    public async Task CreatePreview_OutputOfNewResource_IsUnknownOfItsKind()
    {
        await using var provider = await InProcessProvider.StartAsync(typeof(FakeWidgetResource).Assembly);
        var inputs = await provider.CheckedAsync("w", Structs.Of(("label", "blue")), Widget);

        var preview = await provider.Client.CreateAsync(new CreateRequest { Urn = ProviderConnection.Urn("w", Widget), Type = Widget, Properties = inputs, Preview = true });

        Assert.True(Structs.IsUnknown(preview.Properties.Fields["serial"]));
        Assert.Empty(provider.Get<IEnumerable<ResourceHandler>>().OfType<FakeWidgetResource>().Single().Store);
    }

    [Fact]
    public async Task GetSchema_ResourceFromItsOwnFolder_DescribedFromItsTable()
    {
        await using var provider = await InProcessProvider.StartAsync(typeof(FakeWidgetResource).Assembly);

        var schema = JsonNode.Parse((await provider.Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!;

        var widget = schema["resources"]![Widget]!;
        Assert.Equal(3, (int?)widget["inputProperties"]!["size"]!["default"]);
        Assert.True((bool?)widget["inputProperties"]!["label"]!["replaceOnChanges"]);
        Assert.Equal("label", (string?)widget["requiredInputs"]![0]);
        Assert.Equal("serial", (string?)widget["required"]![0]);
        Assert.NotNull(schema["resources"]![ProviderConnection.PolicyType]);
    }

    [Fact]
    public async Task AddProviderResourceHandlers_EveryHandlerInTheProvider_IsRegistered()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var registered = provider.Get<IEnumerable<ResourceHandler>>().Select(h => h.GetType()).Order(TypeByName).ToList();

        var defined = typeof(ResourceHandler).Assembly.GetTypes().Where(InProcessProvider.IsHandler).Order(TypeByName).ToList();
        Assert.Equal(4, defined.Count);
        Assert.Equal(defined, registered);
    }

    [Fact]
    public async Task Check_UnknownType_FailsNamingTheKnownTypes()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => provider.CheckAsync("w", new Struct(), type: Widget));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(Widget, error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(ProviderConnection.PolicyType, error.Status.Detail, StringComparison.Ordinal);
    }
}
