using System.Diagnostics.CodeAnalysis;
using CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;
using CertAutoenroll.Provider.Resources.CertificateTemplateAccess;
using CertAutoenroll.Provider.Resources.GroupPolicy;
using CertAutoenroll.Provider.Resources.GroupPolicyLink;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CertAutoenroll.Provider.Resources;

/// <summary>
/// Registers the provider's <see cref="ResourceHandler"/>s, as singletons built by dependency injection.
/// An explicit list, not a scan of the assembly: the released binary is NativeAOT, where reflection over
/// types is not available. A test fails when a handler in <c>Resources/</c> is missing here.
/// </summary>
internal static class ResourceRegistration
{
    public static IServiceCollection AddProviderResourceHandlers(this IServiceCollection services) =>
        services
            .AddResourceHandler<AutoenrollmentPolicyResource>()
            .AddResourceHandler<CertificateTemplateAccessResource>()
            .AddResourceHandler<GroupPolicyResource>()
            .AddResourceHandler<GroupPolicyLinkResource>();

    public static IServiceCollection AddResourceHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services)
        where THandler : ResourceHandler
    {
        services.AddSingleton<ResourceHandler, THandler>();
        services.TryAddSingleton<ResourceOperations>();
        services.TryAddSingleton<ResourceRegistry>();
        return services;
    }
}
