using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>The engine's request sequences for a resource of any type: check then create, read for refresh/import, and so on.</summary>
internal static class ResourceRequests
{
    public static async Task<CreateResponse> UpAsync(ProviderConnection session, string type, string name, Struct news)
    {
        var inputs = await session.CheckedAsync(name, news, type);
        return await session.Client.CreateAsync(new CreateRequest
        {
            Urn = ProviderConnection.Urn(name, type),
            Name = name,
            Type = type,
            Properties = inputs,
            Timeout = 120,
        });
    }

    public static async Task<ReadResponse> RefreshAsync(ProviderConnection session, string type, string name, string id, Struct inputs, Struct outputs) =>
        await session.Client.ReadAsync(new ReadRequest
        {
            Id = id,
            Urn = ProviderConnection.Urn(name, type),
            Name = name,
            Type = type,
            Inputs = inputs,
            Properties = outputs,
        });

    public static async Task<ReadResponse> ImportAsync(ProviderConnection session, string type, string name, string id) =>
        await session.Client.ReadAsync(new ReadRequest
        {
            Id = id,
            Urn = ProviderConnection.Urn(name, type),
            Name = name,
            Type = type,
        });

    public static async Task<DiffResponse> DiffAsync(ProviderConnection session, string type, string name, string id, Struct oldInputs, Struct oldOutputs, Struct news) =>
        await session.Client.DiffAsync(new DiffRequest
        {
            Id = id,
            Urn = ProviderConnection.Urn(name, type),
            Name = name,
            Type = type,
            OldInputs = oldInputs,
            Olds = oldOutputs,
            News = news,
        });

    /// <summary>Check of the new inputs, then Update, as <c>pulumi up</c> does after a diff without replacement.</summary>
    public static async Task<UpdateResponse> UpdateAsync(ProviderConnection session, string type, string name, string id, Struct oldInputs, Struct oldOutputs, Struct news)
    {
        var inputs = await session.CheckedAsync(name, news, type);
        return await session.Client.UpdateAsync(new UpdateRequest
        {
            Id = id,
            Urn = ProviderConnection.Urn(name, type),
            Type = type,
            Olds = oldOutputs,
            OldInputs = oldInputs,
            News = inputs,
            Timeout = 120,
        });
    }

    public static async Task DeleteAsync(ProviderConnection session, string type, string name, string id, Struct outputs) =>
        await session.Client.DeleteAsync(new DeleteRequest
        {
            Id = id,
            Urn = ProviderConnection.Urn(name, type),
            Name = name,
            Type = type,
            Properties = outputs,
        });
}
