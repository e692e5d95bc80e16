using System.Net;
using System.Security.Cryptography.X509Certificates;
using LabDomainController.Auth;
using LabDomainController.Handlers;
using LabDomainController.Limits;
using LabDomainController.Shells;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LabDomainController.Hosting;

/// <summary>The Kestrel host: loopback http and https listeners, POST /wsman, GET /lab/counters, GET|POST /lab/faults.</summary>
internal sealed class LabHost(WebApplication app) : IAsyncDisposable
{
    public static LabHost Build(LabOptions options, X509Certificate2 certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.HttpsPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.UseHttps(certificate);
            });
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new LabCredentials(
            options.UserName, options.Password, options.UnprivilegedUserName, options.LocalUserName, options.LocalPassword, options.StandardUserName, options.StandardPassword));
        services.AddSingleton<LabCounterState>();
        services.AddSingleton<ServiceLimits>();
        services.AddSingleton(new Scenarios.FaultInjector(options.Faults));
        services.AddSingleton<ProcessTracker>();
        services.AddSingleton<ShellRegistry>();
        services.AddSingleton<CommandStarter>();
        services.AddSingleton(LabChannelBinding.For(certificate, options.CbtHardening));
        services.AddSingleton<HttpAuthenticator>();
        services.AddSingleton<IWsManHandler, CreateHandler>();
        services.AddSingleton<IWsManHandler, CommandHandler>();
        services.AddSingleton<IWsManHandler, SendHandler>();
        services.AddSingleton<IWsManHandler, ReceiveHandler>();
        services.AddSingleton<IWsManHandler, SignalHandler>();
        services.AddSingleton<IWsManHandler, DeleteHandler>();
        services.AddSingleton<WsManDispatcher>();
        services.AddSingleton<WsManEndpoint>();

        var app = builder.Build();
        app.MapPost("/wsman", (HttpContext context, WsManEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet("/lab/counters", (LabCounterState counters, Scenarios.FaultInjector faults) =>
            Results.Json(counters.Snapshot(faults.Injected()), LabJson.Options));
        FaultControlEndpoints.Map(app);
        return new LabHost(app);
    }

    public async Task RunAsync()
    {
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var shells = app.Services.GetRequiredService<ShellRegistry>();
        var tracker = app.Services.GetRequiredService<ProcessTracker>();
        var logger = app.Services.GetRequiredService<ILogger<LabHost>>();
        lifetime.ApplicationStopping.Register(() =>
        {
            LabLog.Stopping(logger, shells.Count);
            tracker.KillAll();
        });

        await app.StartAsync().ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var http = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)) + "/wsman";
        var https = addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal)) + "/wsman";
        LabLog.Listening(logger, http, https);
        var options = app.Services.GetRequiredService<LabOptions>();
        await Console.Out.WriteLineAsync(
            $"LabDomainController ready http={http} https={https} data={options.DataDirectory} certificate={options.CertificatePath}").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        await shells.DeleteAllAsync().ConfigureAwait(false);
        tracker.KillAll();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
