using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>A fake engine plus a provider process started with its address, as <c>pulumi up</c> does.</summary>
internal sealed class ProviderSession : IAsyncDisposable
{
    public const string PolicyType = "certautoenroll:index:AutoenrollmentPolicy";
    public const string ProviderUrn = "urn:pulumi:test::certautoenroll-tests::pulumi:providers:certautoenroll::default";

    private ProviderSession(FakeEngine engine, ProviderProcess provider)
    {
        Engine = engine;
        Provider = provider;
    }

    public FakeEngine Engine { get; }

    public ProviderProcess Provider { get; }

    public ResourceProvider.ResourceProviderClient Client => Provider.Client;

    public static async Task<ProviderSession> StartAsync(IReadOnlyDictionary<string, string?>? environment = null, string[]? leadingArguments = null)
    {
        var engine = await FakeEngine.StartAsync();
        try
        {
            var provider = await ProviderProcess.StartAsync(engine.Address, environment, leadingArguments ?? []);
            return new ProviderSession(engine, provider);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public static string Urn(string name) => $"urn:pulumi:test::certautoenroll-tests::{PolicyType}::{name}";

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
    public async Task<CheckResponse> CheckAsync(string name, Struct news, Struct? olds = null) =>
        await Client.CheckAsync(new CheckRequest
        {
            Urn = Urn(name),
            Name = name,
            Type = PolicyType,
            Olds = olds ?? new Struct(),
            News = news,
            RandomSeed = Google.Protobuf.ByteString.CopyFrom(new byte[32]),
        });

    /// <summary>Check, asserting there are no failures, then the checked inputs.</summary>
    public async Task<Struct> CheckedAsync(string name, Struct news)
    {
        var response = await CheckAsync(name, news);
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
