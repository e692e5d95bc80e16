using CertAutoenroll.Provider.Engine;
using CertAutoenroll.Provider.Remote;
using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Schema;

namespace CertAutoenroll.Provider.Services;

/// <summary>Everything the provider service needs, for the host and for in-process use (schema command, tests).</summary>
internal static class ProviderServices
{
    public static IServiceCollection AddCertAutoenrollProvider(this IServiceCollection services, string? engineAddress)
    {
        services.AddSingleton(new EngineAddressHolder(engineAddress));
        services.AddSingleton<EngineLog>();
        services.AddSingleton<EngineWatchdog>();
        services.AddSingleton<ProviderCancellation>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton<RemoteConnection>();
        services.AddSingleton<PackageSchema>();
        services.AddSingleton<ResourceProviderService>();
        services.AddProviderResourceHandlers();
        return services;
    }
}
