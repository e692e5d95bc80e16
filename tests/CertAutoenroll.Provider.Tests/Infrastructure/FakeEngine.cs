using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>The engine's side: a gRPC Engine service on loopback that records every Log call.</summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeEngine(WebApplication app, LogCollector logs, string address)
    {
        _app = app;
        Collector = logs;
        Address = address;
    }

    /// <summary>As the engine passes it to plugins: <c>127.0.0.1:&lt;port&gt;</c>.</summary>
    public string Address { get; }

    public LogCollector Collector { get; }

    public IReadOnlyList<LogRequest> Logs => [.. Collector.Requests];

    public static async Task<FakeEngine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var collector = new LogCollector();
        builder.Services.AddSingleton(collector);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<EngineService>();
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        return new FakeEngine(app, collector, $"127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed class LogCollector
    {
        public ConcurrentQueue<LogRequest> Requests { get; } = new();
    }

    private sealed class EngineService(LogCollector collector) : Pulumirpc.Engine.EngineBase
    {
        public override Task<Empty> Log(LogRequest request, ServerCallContext context)
        {
            collector.Requests.Enqueue(request);
            return Task.FromResult(new Empty());
        }
    }
}
