using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>
/// A provider the tests talk to through the generated gRPC client, as the engine does: a real
/// process (<see cref="ProviderSession"/>) or the service in this process (<see cref="InProcessProvider"/>).
/// </summary>
internal abstract class ProviderConnection : IAsyncDisposable
{
    public const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    public const string ProviderUrn = "urn:pulumi:test::certautoenroll-tests::pulumi:providers:certautoenroll::default";

    public abstract ResourceProvider.ResourceProviderClient Client { get; }

    public static string Urn(string name, string type = PolicyType) => $"urn:pulumi:test::certautoenroll-tests::{type}::{name}";

    /// <summary>Configuration pointing at a port nothing listens on: previews must not notice.</summary>
    public static Struct UnreachableConfig() => Structs.Of(
        ("host", "127.0.0.1"), ("port", "1"), ("scheme", "http"), ("auth", "ntlm"),
        ("username", @"LAB\Administrator"), ("password", Structs.Secret("Unreachable-Pa55!")),
        ("operationTimeoutSeconds", "5"), ("maxRetries", "0"));

    public async Task<ConfigureResponse> ConfigureAsync(Struct args) =>
        await Client.ConfigureAsync(new ConfigureRequest
        {
            Args = args,
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Urn = ProviderUrn,
            Name = "default",
            Type = "pulumi:providers:certautoenroll",
        });

    /// <summary>Check as the engine sends it for a new resource; returns the response.</summary>
    public async Task<CheckResponse> CheckAsync(string name, Struct news, Struct? olds = null, string type = PolicyType) =>
        await Client.CheckAsync(new CheckRequest
        {
            Urn = Urn(name, type),
            Name = name,
            Type = type,
            Olds = olds ?? new Struct(),
            News = news,
            RandomSeed = Google.Protobuf.ByteString.CopyFrom(new byte[32]),
        });

    /// <summary>Check, asserting there are no failures, then the checked inputs.</summary>
    public async Task<Struct> CheckedAsync(string name, Struct news, string type = PolicyType)
    {
        var response = await CheckAsync(name, news, type: type);
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    public abstract ValueTask DisposeAsync();
}
