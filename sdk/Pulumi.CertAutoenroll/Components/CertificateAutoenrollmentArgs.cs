using Pulumi.CertAutoenroll.Inputs;

namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// What a certificate autoenrollment component declares. The defaults are the manual procedure's:
/// Configuration Model Enabled with both boxes checked.
/// </summary>
public sealed class CertificateAutoenrollmentArgs
{
    /// <summary>The GPO's display name, e.g. <c>Default Domain Policy</c>. Set this or <see cref="GpoId"/>.</summary>
    public Input<string>? GpoName { get; set; }

    /// <summary>The GPO's GUID. Set this or <see cref="GpoName"/>.</summary>
    public Input<string>? GpoId { get; set; }

    /// <summary>Configuration Model; default Enabled.</summary>
    public Input<ConfigurationModel> ConfigurationModel { get; set; } = CertAutoenroll.ConfigurationModel.Enabled;

    /// <summary>"Renew expired certificates, update pending certificates, and remove revoked certificates"; default checked.</summary>
    public Input<bool> RenewExpiredCertificates { get; set; } = true;

    /// <summary>"Update certificates that use certificate templates"; default checked.</summary>
    public Input<bool> UpdateCertificatesThatUseTemplates { get; set; } = true;

    /// <summary>Expiry events and notifications; absent by default.</summary>
    public Input<ExpirationNotificationArgs>? ExpirationNotification { get; set; }

    /// <summary>
    /// A connection for a provider the component owns. Leave it null to use the provider given in
    /// the component's options, or else the default provider of the stack's <c>certautoenroll:*</c> config.
    /// </summary>
    public ConnectionArgs? Connection { get; set; }
}
