using Benchmarks.Measurement;
using Benchmarks.Workload;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.Launcher;
using Pulumirpc;

namespace Benchmarks.Provider;

/// <summary>
/// Sends the provider the RPCs the engine sends for each command: GetPluginInfo, CheckConfig and
/// Configure first, then per resource Check+Create (up), Read (refresh), Check+Diff+Update (update)
/// or Delete (destroy). Each failure names the resource and what the provider answered.
/// </summary>
internal sealed class ProviderDriver(ResourceProvider.ResourceProviderClient client)
{
    /// <summary>The <c>timeout</c> of every Create, Update and Delete (the engine's customTimeouts; 0 = none, as by default).</summary>
    public double TimeoutSeconds { get; init; }

    public async Task ConfigureAsync(LabDomainControllerProcess lab, CancellationToken cancellationToken)
    {
        var info = await client.GetPluginInfoAsync(new Empty(), cancellationToken: cancellationToken);
        Expect.That(!string.IsNullOrEmpty(info.Version), "GetPluginInfo returned no version");

        await CheckAndConfigureAsync(client, EngineConfig.Plain(lab), cancellationToken);
    }

    /// <summary>CheckConfig, then Configure with the checked config (its secrets wrapped), as the engine sends them.</summary>
    public static async Task CheckAndConfigureAsync(ResourceProvider.ResourceProviderClient client, Struct config, CancellationToken cancellationToken)
    {
        var check = await client.CheckConfigAsync(new CheckRequest
        {
            Urn = EngineConfig.ProviderUrn, Name = "default", Type = "pulumi:providers:certautoenroll", Olds = new Struct(), News = config,
        }, cancellationToken: cancellationToken);
        Expect.That(check.Failures.Count == 0, $"CheckConfig failed: {string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}"))}");

        var configure = new ConfigureRequest
        {
            Args = EngineConfig.WithSecrets(check.Inputs ?? config),
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Id = Guid.NewGuid().ToString(),
            Urn = EngineConfig.ProviderUrn,
            Name = "default",
            Type = "pulumi:providers:certautoenroll",
        };
        var configured = await client.ConfigureAsync(configure, cancellationToken: cancellationToken);
        Expect.That(configured.AcceptSecrets, "Configure did not answer acceptSecrets");
    }

    public async Task UpAsync(ResourceState state, CancellationToken cancellationToken)
    {
        var resource = state.Resource;
        var inputs = await CheckAsync(resource, new Struct(), resource.Inputs(PlannedResource.InitialSettings), cancellationToken);
        var created = await client.CreateAsync(new CreateRequest
        {
            Urn = resource.Urn, Name = resource.Name, Type = PlannedResource.Type, Properties = inputs, Timeout = TimeoutSeconds,
        }, cancellationToken: cancellationToken);
        Expect.That(created.Id.EndsWith("/" + resource.Scope, StringComparison.Ordinal), $"Create of {resource.Name} returned id '{created.Id}'");
        state.Id = created.Id;
        state.Inputs = inputs;
        state.Outputs = created.Properties;
    }

    public async Task RefreshAsync(ResourceState state, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(state, cancellationToken);
        Expect.That(read.Id == state.Id, $"Refresh of {state.Resource.Name} returned id '{read.Id}', expected '{state.Id}'");
        Expect.That(Flag(read.Properties, "renewExpiredCertificates") == true, $"Refresh of {state.Resource.Name} did not read back renewExpiredCertificates = true");
        state.Outputs = read.Properties;
        state.Inputs = read.Inputs ?? state.Inputs;
    }

    public async Task UpdateAsync(ResourceState state, CancellationToken cancellationToken)
    {
        var resource = state.Resource;
        var news = await CheckAsync(resource, state.Inputs, resource.Inputs(PlannedResource.UpdatedSettings), cancellationToken);
        var diff = await client.DiffAsync(new DiffRequest
        {
            Id = state.Id, Urn = resource.Urn, Name = resource.Name, Type = PlannedResource.Type,
            Olds = state.Outputs, OldInputs = state.Inputs, News = news,
        }, cancellationToken: cancellationToken);
        Expect.That(diff.Changes == DiffResponse.Types.DiffChanges.DiffSome && diff.Replaces.Count == 0,
            $"Diff of {resource.Name} answered {diff.Changes} with replaces [{string.Join(", ", diff.Replaces)}]; expected an in-place update");
        var updated = await client.UpdateAsync(new UpdateRequest
        {
            Id = state.Id, Urn = resource.Urn, Name = resource.Name, Type = PlannedResource.Type,
            Olds = state.Outputs, OldInputs = state.Inputs, News = news, Timeout = TimeoutSeconds,
        }, cancellationToken: cancellationToken);
        Expect.That(Flag(updated.Properties, "renewExpiredCertificates") == false, $"Update of {resource.Name} did not return renewExpiredCertificates = false");
        state.Inputs = news;
        state.Outputs = updated.Properties;
    }

    public async Task DestroyAsync(ResourceState state, CancellationToken cancellationToken) =>
        await client.DeleteAsync(new DeleteRequest
        {
            Id = state.Id, Urn = state.Resource.Urn, Name = state.Resource.Name, Type = PlannedResource.Type,
            Properties = state.Outputs, OldInputs = state.Inputs, Timeout = TimeoutSeconds,
        }, cancellationToken: cancellationToken);

    /// <summary>After destroy a refresh must find nothing: an empty id.</summary>
    public async Task ExpectGoneAsync(ResourceState state, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(state, cancellationToken);
        Expect.That(read.Id.Length == 0, $"After destroy, Read of {state.Resource.Name} still returned id '{read.Id}'");
    }

    private Task<ReadResponse> ReadAsync(ResourceState state, CancellationToken cancellationToken) =>
        client.ReadAsync(new ReadRequest
        {
            Id = state.Id, Urn = state.Resource.Urn, Name = state.Resource.Name, Type = PlannedResource.Type,
            Properties = state.Outputs, Inputs = state.Inputs,
        }, cancellationToken: cancellationToken).ResponseAsync;

    private async Task<Struct> CheckAsync(PlannedResource resource, Struct olds, Struct news, CancellationToken cancellationToken)
    {
        var check = await client.CheckAsync(new CheckRequest
        {
            Urn = resource.Urn, Name = resource.Name, Type = PlannedResource.Type, Olds = olds, News = news,
            RandomSeed = ByteString.CopyFrom(new byte[32]),
        }, cancellationToken: cancellationToken);
        Expect.That(check.Failures.Count == 0, $"Check of {resource.Name} failed: {string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}"))}");
        return check.Inputs;
    }

    private static bool? Flag(Struct? properties, string key) =>
        properties is not null && properties.Fields.TryGetValue(key, out var value) && value.KindCase == Value.KindOneofCase.BoolValue
            ? value.BoolValue
            : null;
}
