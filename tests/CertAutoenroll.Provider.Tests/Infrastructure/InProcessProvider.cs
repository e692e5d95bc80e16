using System.Reflection;
using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Services;
using Microsoft.Extensions.DependencyInjection;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>
/// The provider's service and everything behind it, built as the host builds it but in this
/// process: for Check, Diff, preview and config tests, which need no process. Optionally with the
/// resource handlers another assembly defines (a test resource).
/// </summary>
internal sealed class InProcessProvider : ProviderConnection
{
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stopping = new();

    private InProcessProvider(ServiceProvider services)
    {
        _services = services;
        Service = services.GetRequiredService<ResourceProviderService>();
        Client = new ResourceProvider.ResourceProviderClient(new InProcessCallInvoker(Service, _stopping.Token));
    }

    public ResourceProviderService Service { get; }

    public override ResourceProvider.ResourceProviderClient Client { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static Task<InProcessProvider> StartAsync(params Assembly[] resourceAssemblies)
    {
        var services = new ServiceCollection().AddLogging().AddCertAutoenrollProvider(engineAddress: null);
        foreach (var type in resourceAssemblies.SelectMany(a => a.GetTypes()).Where(IsHandler))
        {
            services.AddSingleton(typeof(ResourceHandler), type);
        }

        return Task.FromResult(new InProcessProvider(services.BuildServiceProvider()));
    }

    /// <summary>A concrete <see cref="ResourceHandler"/>: what a test assembly adds is found by scanning (tests are not AOT).</summary>
    public static bool IsHandler(Type type) => type.IsClass && !type.IsAbstract && type.IsSubclassOf(typeof(ResourceHandler));

    public override async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _services.DisposeAsync();
        _stopping.Dispose();
    }
}
