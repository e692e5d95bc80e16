using System.Collections.Immutable;

namespace Pulumi.CertAutoenroll;

/// <summary>
/// The "Certificate Services Client – Auto-Enrollment" policy of one GPO in one scope. Deleting it
/// removes exactly the values it manages, which GPMC shows as "Not configured".
/// Id: <c>{GPO-GUID}/User</c> or <c>{GPO-GUID}/Computer</c>; import also takes <c>GPO name/User</c>.
/// </summary>
[CertAutoenrollResourceType("certautoenroll:index:AutoenrollmentPolicy")]
public partial class AutoenrollmentPolicy : CustomResource
{
    /// <summary>Creates the policy with the given unique name, arguments and options.</summary>
    /// <param name="name">The unique name of the resource.</param>
    /// <param name="args">The GPO, the scope and the dialog's settings.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public AutoenrollmentPolicy(string name, AutoenrollmentPolicyArgs? args = null, CustomResourceOptions? options = null)
        : base("certautoenroll:index:AutoenrollmentPolicy", name, args ?? new AutoenrollmentPolicyArgs(), MakeResourceOptions(options, ""))
    {
    }

    private AutoenrollmentPolicy(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("certautoenroll:index:AutoenrollmentPolicy", name, null, MakeResourceOptions(options, id))
    {
    }

    /// <summary>The GPO's id, <c>{UPPER-CASE-GUID}</c>, resolved from the name when only the name was given.</summary>
    [Output("gpoId")]
    public Output<string> GpoId { get; private set; } = null!;

    /// <summary>The GPO's display name.</summary>
    [Output("gpoName")]
    public Output<string> GpoName { get; private set; } = null!;

    /// <summary>The domain the GPO belongs to.</summary>
    [Output("domain")]
    public Output<string> Domain { get; private set; } = null!;

    /// <summary>User or Computer Configuration.</summary>
    [Output("scope")]
    public Output<PolicyScope> Scope { get; private set; } = null!;

    /// <summary>The dialog's Configuration Model.</summary>
    [Output("configurationModel")]
    public Output<ConfigurationModel> ConfigurationModel { get; private set; } = null!;

    /// <summary>"Renew expired certificates, update pending certificates, and remove revoked certificates".</summary>
    [Output("renewExpiredCertificates")]
    public Output<bool> RenewExpiredCertificates { get; private set; } = null!;

    /// <summary>"Update certificates that use certificate templates".</summary>
    [Output("updateCertificatesThatUseTemplates")]
    public Output<bool> UpdateCertificatesThatUseTemplates { get; private set; } = null!;

    /// <summary>Expiry events and notifications, when configured.</summary>
    [Output("expirationNotification")]
    public Output<Outputs.ExpirationNotification?> ExpirationNotification { get; private set; } = null!;

    /// <summary>The raw AEPolicy DWORD the settings are written as.</summary>
    [Output("aePolicy")]
    public Output<int> AePolicy { get; private set; } = null!;

    /// <summary>The registry key inside the GPO, e.g. <c>HKCU\Software\Policies\Microsoft\Cryptography\AutoEnrollment</c>.</summary>
    [Output("registryKey")]
    public Output<string> RegistryKey { get; private set; } = null!;

    /// <summary>Values under the key that this resource does not manage, kept as they are.</summary>
    [Output("unmanagedValues")]
    public Output<ImmutableArray<Outputs.RegistryValue>> UnmanagedValues { get; private set; } = null!;

    /// <summary>Looks up an existing policy by its id (<c>{GPO-GUID}/User</c>) without managing it.</summary>
    /// <param name="name">The unique name of the resulting resource.</param>
    /// <param name="id">The provider id of the policy.</param>
    /// <param name="options">A bag of options that control this resource's behaviour.</param>
    public static AutoenrollmentPolicy Get(string name, Input<string> id, CustomResourceOptions? options = null) =>
        new(name, id, options);

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);

        // The id overrides whatever the options carried, as in the other language SDKs.
        merged.Id = id ?? merged.Id;
        return merged;
    }
}
