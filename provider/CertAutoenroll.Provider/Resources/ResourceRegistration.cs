using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertAutoenroll.Provider.Resources;

/// <summary>
/// Registers every <see cref="ResourceHandler"/> an assembly defines: adding a resource is adding
/// its folder, nothing else. Handlers are singletons built by dependency injection.
/// </summary>
internal static class ResourceRegistration
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The provider is not trimmed; handler types are kept by their assembly.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above.")]
    public static IServiceCollection AddResourceHandlers(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(ResourceHandler))))
        {
            services.AddSingleton(typeof(ResourceHandler), type);
        }

        services.TryAddSingleton<ResourceOperations>();
        services.TryAddSingleton<ResourceRegistry>();
        return services;
    }
}
