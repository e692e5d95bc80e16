namespace CertAutoenroll.GroupPolicy.Model;

/// <summary>The "Certificate Services Client – Auto-Enrollment" dialog, as the user declares it.</summary>
public sealed record AutoenrollmentSettings
{
    public ConfigurationModel ConfigurationModel { get; init; } = ConfigurationModel.Enabled;

    /// <summary>"Renew expired certificates, update pending certificates, and remove revoked certificates".</summary>
    public bool RenewExpiredCertificates { get; init; } = true;

    /// <summary>"Update certificates that use certificate templates".</summary>
    public bool UpdateCertificatesThatUseTemplates { get; init; } = true;

    /// <summary>Null: no expiry notification values are written.</summary>
    public ExpirationNotification? ExpirationNotification { get; init; }
}
