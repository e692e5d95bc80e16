using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>
/// A minimal Pulumi engine endpoint: plaintext HTTP/2 gRPC on 127.0.0.1 serving Engine.Log, which it
/// records. The provider gets its address as the last argument, logs to it and shuts down when it
/// stops answering. Shared (linked source) by the provider tests and the benchmarks.
/// </summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeEngine(WebApplication app, EngineLogSink logs, string address)
    {
        _app = app;
        Logs = logs;
        Address = address;
    }

    /// <summary>Every Engine.Log request received, in order.</summary>
    public EngineLogSink Logs { get; }

    /// <summary><c>127.0.0.1:port</c>, without scheme, as the engine passes it.</summary>
    public string Address { get; }

    public static async Task<FakeEngine> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc();
        var logs = new EngineLogSink();
        builder.Services.AddSingleton(logs);
        var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<EngineLogService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeEngine(app, logs, $"127.0.0.1:{new Uri(address).Port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
