using CertAutoenroll.ProviderTestSupport;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>A fake engine plus a provider process started with its address, as <c>pulumi up</c> does.</summary>
internal sealed class ProviderSession : ProviderConnection
{
    private ProviderSession(FakeEngine engine, ProviderProcess provider)
    {
        Engine = engine;
        Provider = provider;
    }

    public FakeEngine Engine { get; }

    public ProviderProcess Provider { get; }

    public override ResourceProvider.ResourceProviderClient Client => Provider.Client;

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

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
