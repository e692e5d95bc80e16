using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>The engine's request sequences for one resource: check then create, read for refresh/import, and so on.</summary>
internal static class PolicyRequests
{
    public static async Task<CreateResponse> UpAsync(ProviderSession session, string name, Struct news)
    {
        var inputs = await session.CheckedAsync(name, news);
        return await session.Client.CreateAsync(new CreateRequest
        {
            Urn = ProviderSession.Urn(name),
            Name = name,
            Type = ProviderSession.PolicyType,
            Properties = inputs,
            Timeout = 120,
        });
    }

    public static async Task<ReadResponse> RefreshAsync(ProviderSession session, string name, string id, Struct inputs, Struct outputs) =>
        await session.Client.ReadAsync(new ReadRequest
        {
            Id = id,
            Urn = ProviderSession.Urn(name),
            Name = name,
            Type = ProviderSession.PolicyType,
            Inputs = inputs,
            Properties = outputs,
        });

    public static async Task<ReadResponse> ImportAsync(ProviderSession session, string name, string id) =>
        await session.Client.ReadAsync(new ReadRequest
        {
            Id = id,
            Urn = ProviderSession.Urn(name),
            Name = name,
            Type = ProviderSession.PolicyType,
        });

    public static async Task<DiffResponse> DiffAsync(ProviderSession session, string name, string id, Struct oldInputs, Struct oldOutputs, Struct news) =>
        await session.Client.DiffAsync(new DiffRequest
        {
            Id = id,
            Urn = ProviderSession.Urn(name),
            Name = name,
            Type = ProviderSession.PolicyType,
            OldInputs = oldInputs,
            Olds = oldOutputs,
            News = news,
        });

    public static async Task DeleteAsync(ProviderSession session, string name, string id, Struct outputs) =>
        await session.Client.DeleteAsync(new DeleteRequest
        {
            Id = id,
            Urn = ProviderSession.Urn(name),
            Name = name,
            Type = ProviderSession.PolicyType,
            Properties = outputs,
        });
}
