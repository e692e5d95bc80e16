namespace CertAutoenroll.GroupPolicy.Validation;

/// <summary>The Pulumi input names that validation failures refer to.</summary>
public static class InputFields
{
    public const string GpoName = "gpoName";
    public const string GpoId = "gpoId";
    public const string Domain = "domain";
    public const string Server = "server";
    public const string Scope = "scope";
    public const string ConfigurationModel = "configurationModel";
    public const string RenewExpiredCertificates = "renewExpiredCertificates";
    public const string UpdateCertificatesThatUseTemplates = "updateCertificatesThatUseTemplates";
    public const string ExpirationPercentage = "expirationNotification.percentage";
    public const string ExpirationStores = "expirationNotification.stores";
}
