using Pulumi;
using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Inputs;

namespace LabDomain;

/// <summary>
/// The seed's whole procedure on the lab DC (tests/LabDomainController) in one component: a dedicated
/// GPO, linked to the Staff OU, the User template granting Enroll and Autoenroll to LAB\Domain Users,
/// and the Auto-Enrollment dialog configured on the GPO (Enabled, both boxes, expiry notifications at
/// 10 %). The component owns its provider, which talks to the lab over http + NTLM.
/// </summary>
public static class LabDomainStack
{
    public static Dictionary<string, object?> Declare()
    {
        var config = new Config();
        var connection = new ConnectionArgs
        {
            Host = config.Get("host") ?? "127.0.0.1",
            Port = config.GetInt32("port") ?? 55985,
            Scheme = "http",
            Auth = "ntlm",
            Username = config.Get("username") ?? @"LAB\Administrator",
            Domain = "lab.test",
        };

        // `pulumi config set --secret password …`; without it the provider reads CERTAUTOENROLL_PASSWORD.
        if (config.GetSecret("password") is { } password)
        {
            connection.Password = password;
        }

        // No Principal: the template rights go to Domain Users of the username's domain (LAB\Domain Users).
        var users = new UserCertificateAutoenrollment("lab-users", new CertificateAutoenrollmentArgs
        {
            Gpo = config.Get("gpoName") ?? "CertAutoenroll Lab",
            LinkTo = { config.Get("linkTo") ?? "OU=Staff,DC=lab,DC=test" },
            Templates = { config.Get("template") ?? "User" },
            ExpirationNotification = new ExpirationNotificationArgs { Percentage = 10, Stores = { "MY" } },
            Connection = connection,
        });

        return new Dictionary<string, object?>
        {
            ["gpoId"] = users.GpoId,
            ["gpoPath"] = users.OwnedGpo!.Path,
            ["aePolicy"] = users.AePolicy,
            ["linkedTo"] = users.Links[0].Target,
            ["principalSid"] = users.TemplateAccess[0].PrincipalSid,
        };
    }
}
