namespace Pulumi.CertAutoenroll;

/// <summary>The inputs of <see cref="AutoenrollmentPolicy"/>: the GPO, the scope and the dialog's items.</summary>
public sealed class AutoenrollmentPolicyArgs : ResourceArgs
{
    /// <summary>The GPO's display name, e.g. <c>Default Domain Policy</c>. Set this or <see cref="GpoId"/>.</summary>
    [Input("gpoName")]
    public Input<string>? GpoName { get; set; }

    /// <summary>The GPO's GUID, with or without braces. Set this or <see cref="GpoName"/>.</summary>
    [Input("gpoId")]
    public Input<string>? GpoId { get; set; }

    /// <summary>User (default) or Computer Configuration. Changing it replaces the resource.</summary>
    [Input("scope")]
    public Input<PolicyScope>? Scope { get; set; }

    /// <summary>Enabled (default) or Disabled.</summary>
    [Input("configurationModel")]
    public Input<ConfigurationModel>? ConfigurationModel { get; set; }

    /// <summary>"Renew expired certificates, update pending certificates, and remove revoked certificates"; default true.</summary>
    [Input("renewExpiredCertificates")]
    public Input<bool>? RenewExpiredCertificates { get; set; }

    /// <summary>"Update certificates that use certificate templates"; default true.</summary>
    [Input("updateCertificatesThatUseTemplates")]
    public Input<bool>? UpdateCertificatesThatUseTemplates { get; set; }

    /// <summary>Expiry events and notifications; absent by default.</summary>
    [Input("expirationNotification")]
    public Input<Inputs.ExpirationNotificationArgs>? ExpirationNotification { get; set; }

    public static new AutoenrollmentPolicyArgs Empty => new();
}
