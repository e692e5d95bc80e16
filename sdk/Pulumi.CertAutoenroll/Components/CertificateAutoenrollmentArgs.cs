using Pulumi.CertAutoenroll.Inputs;

namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// What a certificate autoenrollment component declares. The defaults are the manual procedure's:
/// Configuration Model Enabled with both boxes checked. With <see cref="Gpo"/>, <see cref="LinkTo"/>
/// and <see cref="Templates"/> it also does the rest of the procedure: a dedicated GPO, its links and
/// the template rights.
/// </summary>
public sealed class CertificateAutoenrollmentArgs
{
    /// <summary>
    /// Display name of a dedicated GPO the component creates (a child <see cref="GroupPolicy"/>).
    /// Set this, or <see cref="GpoName"/> or <see cref="GpoId"/> to use an existing GPO.
    /// </summary>
    public Input<string>? Gpo { get; set; }

    /// <summary>An existing GPO's display name, e.g. <c>Default Domain Policy</c>. Set this, <see cref="GpoId"/> or <see cref="Gpo"/>.</summary>
    public Input<string>? GpoName { get; set; }

    /// <summary>An existing GPO's GUID. Set this, <see cref="GpoName"/> or <see cref="Gpo"/>.</summary>
    public Input<string>? GpoId { get; set; }

    /// <summary>
    /// DNs of the domain root, OUs or sites to link the GPO to, e.g. <c>OU=Staff,DC=corp,DC=example</c>:
    /// one child <see cref="GroupPolicyLink"/> each, linked after the policy is written.
    /// </summary>
    public IList<string> LinkTo { get; set; } = [];

    /// <summary>
    /// Certificate template <c>cn</c>s, e.g. <c>User</c>, on which <see cref="Principal"/> gets Enroll,
    /// Autoenroll and Read: one child <see cref="CertificateTemplateAccess"/> each.
    /// </summary>
    public IList<string> Templates { get; set; } = [];

    /// <summary>
    /// Who gets the template rights: <c>DOMAIN\name</c>, a UPN or a SID as they are, or a bare name that
    /// is prefixed with the NetBIOS domain (see <see cref="NetBiosDomain"/>). Defaults to
    /// <c>Domain Users</c> for the user component and <c>Domain Computers</c> for the computer component.
    /// </summary>
    public string? Principal { get; set; }

    /// <summary>
    /// NetBIOS domain name (e.g. <c>CORP</c>) put before a bare <see cref="Principal"/>. Defaults to the
    /// <c>DOMAIN</c> part of the provider's <c>DOMAIN\user</c> username.
    /// </summary>
    public string? NetBiosDomain { get; set; }

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
