using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>The engine's request sequences for the AutoenrollmentPolicy resource.</summary>
internal static class PolicyRequests
{
    private const string Type = ProviderConnection.PolicyType;

    public static Task<CreateResponse> UpAsync(ProviderConnection session, string name, Struct news) =>
        ResourceRequests.UpAsync(session, Type, name, news);

    public static Task<ReadResponse> RefreshAsync(ProviderConnection session, string name, string id, Struct inputs, Struct outputs) =>
        ResourceRequests.RefreshAsync(session, Type, name, id, inputs, outputs);

    public static Task<ReadResponse> ImportAsync(ProviderConnection session, string name, string id) =>
        ResourceRequests.ImportAsync(session, Type, name, id);

    public static Task<DiffResponse> DiffAsync(ProviderConnection session, string name, string id, Struct oldInputs, Struct oldOutputs, Struct news) =>
        ResourceRequests.DiffAsync(session, Type, name, id, oldInputs, oldOutputs, news);

    public static Task DeleteAsync(ProviderConnection session, string name, string id, Struct outputs) =>
        ResourceRequests.DeleteAsync(session, Type, name, id, outputs);
}
