using System.Net;
using CertAutoenroll.Provider.Engine;
using CertAutoenroll.Provider.Logging;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CertAutoenroll.Provider.Hosting;

/// <summary>
/// Starts the gRPC server the engine talks to and prints its port. Only the port line may reach
/// stdout: the engine reads it byte by byte and anything else breaks the handshake.
/// </summary>
internal static class ProviderHost
{
    private const int MaxMessageBytes = 400 * 1024 * 1024;

    public static async Task<int> RunAsync(CommandLine commandLine, EngineAddress? engine)
    {
        // The engine listens before it starts its plugins: probe it while the server starts.
        var probe = engine?.ProbeAsync(CancellationToken.None) ?? Task.FromResult<string?>(null);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Logging.ClearProviders();
        if (commandLine.LogToStdErr)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = MaxMessageBytes;
            grpc.MaxSendMessageSize = MaxMessageBytes;
        });
        builder.Services.AddCertAutoenrollProvider(commandLine.EngineAddress);

        await using var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<ResourceProviderService>();
        await app.StartAsync().ConfigureAwait(false);
        if (await probe.ConfigureAwait(false) is { } unreachable)
        {
            await Console.Error.WriteLineAsync(
                $"{Usage.ProgramName}: the engine at {engine} cannot be reached ({unreachable}); "
                + "this plugin is started by the Pulumi CLI, which passes its own address.").ConfigureAwait(false);
            return 1;
        }

        if (engine is null && !Console.IsInputRedirected)
        {
            await Console.Error.WriteLineAsync(
                $"{Usage.ProgramName}: no engine address given; serving on the port below until an engine attaches "
                + $"(PULUMI_DEBUG_PROVIDERS). Run '{Usage.ProgramName} --help' for usage.").ConfigureAwait(false);
        }

        var port = ReadPort(app);
        var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(System.Text.Encoding.ASCII.GetBytes(port + "\n")).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);

        app.Services.GetRequiredService<EngineWatchdog>().Start();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderHost).FullName!);
        var stopping = System.Diagnostics.Stopwatch.StartNew();
        using var onStopping = lifetime.ApplicationStopping.Register(() => { stopping.Restart(); ProviderLog.Stopping(logger); });
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        ProviderLog.ServerStopped(logger, stopping.ElapsedMilliseconds);
        await app.Services.GetRequiredService<RemoteConnection>().DisposeAsync().ConfigureAwait(false);
        return 0;
    }

    private static int ReadPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.First();
        return new Uri(address).Port;
    }
}
