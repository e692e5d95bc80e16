using Pulumi;
using Pulumi.CertAutoenroll;
using Pulumi.CertAutoenroll.Components;

// The manual procedure as code: Group Policy Management Editor › Default Domain Policy ›
// User Configuration › Policies › Windows Settings › Security Settings › Public Key Policies ›
// Certificate Services Client – Auto-Enrollment: Configuration Model "Enabled", both boxes checked.
// The DC connection comes from the stack's certautoenroll:* config (Pulumi.lab.yaml, Pulumi.dc.yaml).
return await Deployment.RunAsync(() =>
{
    var users = new UserCertificateAutoenrollment("default-domain-policy", new CertificateAutoenrollmentArgs
    {
        GpoName = "Default Domain Policy",
        ConfigurationModel = ConfigurationModel.Enabled,
        RenewExpiredCertificates = true,
        UpdateCertificatesThatUseTemplates = true,
    });

    return new Dictionary<string, object?>
    {
        ["gpoId"] = users.GpoId,
        ["aePolicy"] = users.AePolicy,
    };
});
