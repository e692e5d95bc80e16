namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// The Auto-Enrollment policy of one GPO in one scope as a component: one
/// <see cref="AutoenrollmentPolicy"/> child, and a child <see cref="Provider"/> when the args carry a
/// connection. The user and computer components differ only in their scope and type token.
/// </summary>
public abstract class CertificateAutoenrollment : ComponentResource
{
    private protected CertificateAutoenrollment(
        string type,
        PolicyScope scope,
        string name,
        CertificateAutoenrollmentArgs args,
        ComponentResourceOptions? options)
        : base(type, name, ComponentArgsValidator.Validate(type, name, args, options))
    {

        var policyOptions = new CustomResourceOptions { Parent = this };
        if (args.Connection is { } connection)
        {
            OwnedProvider = new Provider(name, connection.ToProviderArgs(), new CustomResourceOptions { Parent = this });
            policyOptions.Provider = OwnedProvider;
        }

        Policy = new AutoenrollmentPolicy(name, ToPolicyArgs(scope, args), policyOptions);
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

    /// <summary>The provider this component owns, when its args carry a connection; otherwise null.</summary>
    public Provider? OwnedProvider { get; }

    private static AutoenrollmentPolicyArgs ToPolicyArgs(PolicyScope scope, CertificateAutoenrollmentArgs args) => new()
    {
        GpoName = args.GpoName,
        GpoId = args.GpoId,
        Scope = scope,
        ConfigurationModel = args.ConfigurationModel,
        RenewExpiredCertificates = args.RenewExpiredCertificates,
        UpdateCertificatesThatUseTemplates = args.UpdateCertificatesThatUseTemplates,
        ExpirationNotification = args.ExpirationNotification,
    };
}
