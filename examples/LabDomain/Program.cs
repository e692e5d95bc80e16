using Pulumi;
using Pulumi.CertAutoenroll;
using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Inputs;

// A dedicated GPO (it must already exist: New-GPO -Name "CertAutoenroll Lab") with autoenrollment
// in both scopes and expiry notifications at 10 % of the remaining lifetime. Both components share
// one explicit provider that talks to the lab DC (tests/LabDomainController) over http + NTLM.
return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var gpoName = config.Get("gpoName") ?? "CertAutoenroll Lab";

    var connection = new ProviderArgs
    {
        Host = config.Get("host") ?? "127.0.0.1",
        Port = config.GetInt32("port") ?? 55985,
        Scheme = "http",
        Auth = "ntlm",
        Username = config.Get("username") ?? @"LAB\Administrator",
        Domain = "lab.test",
    };

    // `pulumi config set --secret password …`; without it ProviderArgs keeps CERTAUTOENROLL_PASSWORD.
    if (config.GetSecret("password") is { } password)
    {
        connection.Password = password;
    }

    var lab = new Provider("lab-dc", connection);
    var onLab = new ComponentResourceOptions { Provider = lab };

    var users = new UserCertificateAutoenrollment("lab-users", new CertificateAutoenrollmentArgs
    {
        GpoName = gpoName,
        ExpirationNotification = TenPercentInMy(),
    }, onLab);

    var computers = new ComputerCertificateAutoenrollment("lab-computers", new CertificateAutoenrollmentArgs
    {
        GpoName = gpoName,
        ExpirationNotification = TenPercentInMy(),
    }, onLab);

    return new Dictionary<string, object?>
    {
        ["gpoId"] = users.GpoId,
        ["userAePolicy"] = users.AePolicy,
        ["computerAePolicy"] = computers.AePolicy,
    };
});

static ExpirationNotificationArgs TenPercentInMy() => new()
{
    Percentage = 10,
    Stores = { "MY" },
};
