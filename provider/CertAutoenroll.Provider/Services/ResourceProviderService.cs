using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Engine;
using CertAutoenroll.Provider.Logging;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Schema;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace CertAutoenroll.Provider.Services;

/// <summary>The engine's entry point: protocol bookkeeping here, resource work dispatched by type token through <see cref="ResourceRegistry"/>.</summary>
internal sealed class ResourceProviderService(
    EngineAddressHolder engineAddress,
    ProviderCancellation cancellation,
    RemoteConnection remote,
    EngineLog engineLog,
    ResourceRegistry resources,
    PackageSchema schema,
    ILogger<ResourceProviderService> logger) : ResourceProvider.ResourceProviderBase
{
    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
    {
        engineAddress.Set(request.EngineAddress);
        return Task.FromResult(new ProviderHandshakeResponse { AcceptSecrets = true, AcceptResources = true });
    }

    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        engineAddress.Set(request.Address);
        ProviderLog.Attached(logger, request.Address);
        return Task.FromResult(new Empty());
    }

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = ReleaseStamp.Version });

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context) =>
        Task.FromResult(new GetSchemaResponse { Schema = ReleaseStamp.Apply(schema.Text) });

    public override Task<GetMappingResponse> GetMapping(GetMappingRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingResponse());

    public override Task<GetMappingsResponse> GetMappings(GetMappingsRequest request, ServerCallContext context) =>
        Task.FromResult(new GetMappingsResponse());

    public override async Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        ProviderLog.CancelRequested(logger);
        cancellation.Cancel();
        await remote.CloseForCancelAsync().ConfigureAwait(false);
        return new Empty();
    }

    public override Task<CheckResponse> CheckConfig(CheckRequest request, ServerCallContext context) =>
        Task.FromResult(ProviderConfigHandler.Check(request));

    public override Task<DiffResponse> DiffConfig(DiffRequest request, ServerCallContext context) =>
        Task.FromResult(ProviderConfigHandler.Diff(request));

    public override async Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context)
    {
        var config = ProviderConfigHandler.ParseForConfigure(request);
        remote.Configure(config);
        ProviderLog.Configured(logger, config.Connection.Endpoint.ToString());
        if (config.Connection.InsecureSkipTlsVerify)
        {
            await engineLog.WarningAsync(
                $"certautoenroll: TLS certificate verification is off for {config.Connection.Endpoint} (insecureSkipTlsVerify); use caCertificate instead outside labs.",
                request.HasUrn ? request.Urn : null, context.CancellationToken).ConfigureAwait(false);
        }

        return new ConfigureResponse { AcceptSecrets = true, SupportsPreview = true, AcceptResources = true };
    }

    public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context) =>
        Task.FromResult(resources.For(request.Type, request.Urn).Check(request));

    public override Task<DiffResponse> Diff(DiffRequest request, ServerCallContext context) =>
        Task.FromResult(resources.For(request.Type, request.Urn).Diff(request));

    public override async Task<CreateResponse> Create(CreateRequest request, ServerCallContext context)
    {
        var handler = resources.For(request.Type, request.Urn);
        using var deadline = cancellation.Link(context.CancellationToken, request.Timeout);
        return await deadline.RunAsync(token => handler.CreateAsync(request, token)).ConfigureAwait(false);
    }

    public override async Task<ReadResponse> Read(ReadRequest request, ServerCallContext context)
    {
        var handler = resources.For(request.Type, request.Urn);
        using var deadline = cancellation.Link(context.CancellationToken, request.Timeout);
        return await deadline.RunAsync(token => handler.ReadAsync(request, token)).ConfigureAwait(false);
    }

    public override async Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context)
    {
        var handler = resources.For(request.Type, request.Urn);
        using var deadline = cancellation.Link(context.CancellationToken, request.Timeout);
        return await deadline.RunAsync(token => handler.UpdateAsync(request, token)).ConfigureAwait(false);
    }

    public override async Task<Empty> Delete(DeleteRequest request, ServerCallContext context)
    {
        var handler = resources.For(request.Type, request.Urn);
        using var deadline = cancellation.Link(context.CancellationToken, request.Timeout);
        return await deadline.RunAsync(async token =>
        {
            await handler.DeleteAsync(request, token).ConfigureAwait(false);
            return new Empty();
        }).ConfigureAwait(false);
    }
}
