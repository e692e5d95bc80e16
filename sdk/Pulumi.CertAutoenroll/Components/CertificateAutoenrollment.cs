namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// The seed's procedure as a component: optionally a dedicated <see cref="GroupPolicy"/>, the
/// <see cref="AutoenrollmentPolicy"/> on it in one scope, optionally its <see cref="GroupPolicyLink"/>s
/// and the <see cref="CertificateTemplateAccess"/> rights, and a child <see cref="Provider"/> for them
/// all when the args carry a connection. The user and computer components differ only in their scope,
/// default principal and type token.
/// </summary>
public abstract class CertificateAutoenrollment : ComponentResource
{
    private protected CertificateAutoenrollment(
        string type,
        PolicyScope scope,
        string defaultPrincipal,
        string name,
        CertificateAutoenrollmentArgs args,
        ComponentResourceOptions? options)
        : base(type, name, ComponentArgsValidator.Validate(type, name, args, options))
    {
        Output<string?>? username = null;
        if (args.Connection is { } connection)
        {
            var providerArgs = connection.ToProviderArgs();
            OwnedProvider = new Provider(name, providerArgs, new CustomResourceOptions { Parent = this });
            username = providerArgs.Username?.Apply(u => (string?)u);
        }
        else
        {
            username = ProviderUsername(options);
        }

        if (args.Gpo is { } gpoName)
        {
            OwnedGpo = new GroupPolicy(name, new GroupPolicyArgs { Name = gpoName }, ChildOptions());
        }

        Policy = new AutoenrollmentPolicy(name, ToPolicyArgs(scope, args, OwnedGpo), ChildOptions());
        Links = [.. args.LinkTo.Select(target => new GroupPolicyLink(
            $"{name}-{target}", ToLinkArgs(args, target), ChildOptions(dependsOn: Policy)))];

        var subject = $"{type} '{name}'";
        TemplateAccess = args.Templates.Count == 0
            ? []
            : GrantTemplates(name, args, TemplatePrincipal.Resolve(subject, args.Principal ?? defaultPrincipal, args.NetBiosDomain, username));

        GpoId = Policy.GpoId;
        AePolicy = Policy.AePolicy;
        RegisterOutputs();
    }

    /// <summary>The GPO's id, <c>{UPPER-CASE-GUID}</c>.</summary>
    [Output("gpoId")]
    public Output<string> GpoId { get; }

    /// <summary>The raw AEPolicy DWORD written to the GPO.</summary>
    [Output("aePolicy")]
    public Output<int> AePolicy { get; }

    /// <summary>The policy resource this component declares.</summary>
    public AutoenrollmentPolicy Policy { get; }

    /// <summary>The dedicated GPO this component creates, when the args name one in <c>Gpo</c>; otherwise null.</summary>
    public GroupPolicy? OwnedGpo { get; }

    /// <summary>One link per DN in <c>LinkTo</c>, in that order.</summary>
    public IReadOnlyList<GroupPolicyLink> Links { get; }

    /// <summary>One set of template rights per cn in <c>Templates</c>, in that order.</summary>
    public IReadOnlyList<CertificateTemplateAccess> TemplateAccess { get; }

    /// <summary>The provider this component owns, when its args carry a connection; otherwise null.</summary>
    public Provider? OwnedProvider { get; }

    private CustomResourceOptions ChildOptions(Resource? dependsOn = null)
    {
        var options = new CustomResourceOptions { Parent = this, Provider = OwnedProvider };
        if (dependsOn is not null)
        {
            options.DependsOn = dependsOn;
        }

        return options;
    }

    private CertificateTemplateAccess[] GrantTemplates(string name, CertificateAutoenrollmentArgs args, Output<string> principal) =>
        [.. args.Templates.Select(template => new CertificateTemplateAccess($"{name}-{template}", new CertificateTemplateAccessArgs
        {
            Template = template,
            Principal = principal,
            Enroll = true,
            Autoenroll = true,
            Read = true,
        }, ChildOptions()))];

    // The username of the provider the children will use, for a bare Principal's domain: an explicit
    // certautoenroll provider's, or else the default provider's (stack config, then environment);
    // providers of other packages in the options do not change which one that is.
    private static Output<string?>? ProviderUsername(ComponentResourceOptions? options)
    {
        if ((options?.Provider as Provider ?? options?.Providers.OfType<Provider>().FirstOrDefault()) is { } provider)
        {
            return provider.Username;
        }

        var configured = new Config("certautoenroll").Get("username") ?? Utilities.GetEnv("CERTAUTOENROLL_USERNAME");
        return configured is null ? null : Output.Create<string?>(configured);
    }

    private static AutoenrollmentPolicyArgs ToPolicyArgs(PolicyScope scope, CertificateAutoenrollmentArgs args, GroupPolicy? gpo) => new()
    {
        GpoName = gpo is null ? args.GpoName : null,
        GpoId = gpo is null ? args.GpoId : gpo.GpoId,
        Scope = scope,
        ConfigurationModel = args.ConfigurationModel,
        RenewExpiredCertificates = args.RenewExpiredCertificates,
        UpdateCertificatesThatUseTemplates = args.UpdateCertificatesThatUseTemplates,
        ExpirationNotification = args.ExpirationNotification,
    };

    private GroupPolicyLinkArgs ToLinkArgs(CertificateAutoenrollmentArgs args, string target) => new()
    {
        // A created GPO is linked by the id it got; an existing one as the args name it.
        GpoId = OwnedGpo is null ? args.GpoId : OwnedGpo.GpoId,
        GpoName = OwnedGpo is null ? args.GpoName : null,
        Target = target,
    };
}
