using System.Security.Cryptography;
using System.Text;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>
/// The objects a fresh lab domain has: root, OUs, well-known groups and users, a DC and a workstation, the
/// Configuration partition's site and Certificate Templates container, and default templates with their ACLs.
/// </summary>
internal static class LabDirectorySeed
{
    // Default object: authenticated users read, Domain Admins full control.
    private const string DefaultDescriptor = "O:DAG:DAD:AI(A;;RPLCLORC;;;AU)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)";

    // Who may create GPOs: Domain Admins and Enterprise Admins, and Group Policy Creator Owners through an object ACE for
    // the groupPolicyContainer class [doc: GPMC delegation — creating GPOs is a right of GPCO by default; inference: its shape].
    private const string PoliciesDescriptor = "O:DAG:DAD:AI(A;;RPLCLORC;;;AU)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;EA)"
        + "(OA;;CC;" + LabDirectory.GroupPolicyContainerClass + ";;PA)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)";

    // Default template ACLs [inference: the permissions Microsoft documents for the default templates — Authenticated
    // Users Read; Domain Admins and Enterprise Admins Read, Write, Enroll; the template's users Enroll — in the SDDL
    // shape dumps of default templates show]. D:PAI: protected, so nothing is inherited from the container.
    private const string AdminsPart =
        "(OA;;CR;" + LabDirectory.EnrollRight + ";;DA)(OA;;CR;" + LabDirectory.EnrollRight + ";;EA)" +
        "(A;;CCDCLCSWRPWPDTLOSDRCWDWO;;;DA)(A;;CCDCLCSWRPWPDTLOSDRCWDWO;;;EA)(A;;RPLCLORC;;;AU)";

    public static IEnumerable<AdEntry> Entries()
    {
        var root = LabDomain.DistinguishedName;
        var gpLinkOfRoot = GpLinks.Format([new GpLinkEntry(LabDomain.DefaultDomainPolicyId, Enabled: true, Enforced: false)]);
        var gpLinkOfControllers = GpLinks.Format([new GpLinkEntry(LabDomain.DefaultDomainControllersPolicyId, Enabled: true, Enforced: false)]);
        yield return Entry(root, "domainDNS", "lab", sid: LabDirectory.DomainSid, gpLink: gpLinkOfRoot, gpOptions: 0);
        yield return Entry(LabDirectory.DomainControllersOu, "organizationalUnit", "Domain Controllers", gpLink: gpLinkOfControllers, gpOptions: 0);
        yield return Entry(LabDirectory.StaffOu, "organizationalUnit", "Staff");
        yield return Entry(LabDirectory.WorkstationsOu, "organizationalUnit", "Workstations");
        yield return Entry(LabDirectory.HostileOu, "organizationalUnit", LabDirectory.HostileOuName);
        yield return Entry("CN=Users," + root, "container", "Users");
        yield return Entry("CN=Computers," + root, "container", "Computers");
        yield return Entry("CN=System," + root, "container", "System");
        yield return Entry(LabDirectory.PoliciesContainer, "container", "Policies", descriptor: PoliciesDescriptor);

        foreach (var (name, rid) in new[]
        {
            ("Domain Admins", 512), ("Domain Users", 513), ("Domain Guests", 514), ("Domain Computers", 515),
            ("Domain Controllers", 516), ("Cert Publishers", 517), ("Schema Admins", 518), ("Enterprise Admins", 519),
            ("Group Policy Creator Owners", 520),
        })
        {
            yield return Entry($"CN={name},CN=Users,{root}", "group", name, sam: name, sid: LabDirectory.Sid(rid));
        }

        yield return Entry($"CN=Autoenroll Staff,{LabDirectory.StaffOu}", "group", "Autoenroll Staff", sam: "Autoenroll Staff", sid: LabDirectory.Sid(1104));
        var administrator = Entry($"CN=Administrator,CN=Users,{root}", "user", "Administrator", sam: "Administrator", sid: LabDirectory.Sid(500), upn: "Administrator@" + LabDomain.Name);
        administrator.MemberOf = [.. LabDirectory.AdministratorGroups];
        yield return administrator;
        yield return Entry($"CN=Guest,CN=Users,{root}", "user", "Guest", sam: "Guest", sid: LabDirectory.Sid(501));
        yield return Entry($"CN=Alice Example,{LabDirectory.StaffOu}", "user", "Alice Example", sam: "alice", sid: LabDirectory.Sid(1103), upn: "alice@" + LabDomain.Name);
        yield return Entry($"CN={LabDirectory.DomainControllerName},{LabDirectory.DomainControllersOu}", "computer", LabDirectory.DomainControllerName,
            sam: LabDirectory.DomainControllerName + "$", sid: LabDirectory.Sid(1000), dnsHostName: LabDirectory.DomainControllerFqdn);
        yield return Entry($"CN=WS01,{LabDirectory.WorkstationsOu}", "computer", "WS01", sam: "WS01$", sid: LabDirectory.Sid(1105), dnsHostName: "ws01." + LabDomain.Name);

        var configuration = LabDirectory.ConfigurationNamingContext;
        yield return Entry(configuration, "configuration", "Configuration");
        yield return Entry("CN=Sites," + configuration, "sitesContainer", "Sites");
        yield return Entry(LabDirectory.DefaultSite, "site", "Default-First-Site-Name");
        yield return Entry("CN=Services," + configuration, "container", "Services");
        yield return Entry("CN=Public Key Services,CN=Services," + configuration, "container", "Public Key Services");
        yield return Entry(LabDirectory.CertificateTemplates, "container", "Certificate Templates");

        var enroll = "(OA;;CR;" + LabDirectory.EnrollRight + ";;{0})";
        foreach (var (cn, display, enrollees) in new[]
        {
            ("User", "User", new[] { "DU" }),
            ("Machine", "Computer", new[] { "DC" }),
            ("WebServer", "Web Server", Array.Empty<string>()),
            ("DomainController", "Domain Controller", new[] { "DD", "ED" }),
            ("Administrator", "Administrator", Array.Empty<string>()),
        })
        {
            var descriptor = "O:EAG:EAD:PAI" + string.Concat(enrollees.Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, enroll, e))) + AdminsPart;
            var template = Entry(LabDirectory.TemplateDn(cn), "pKICertificateTemplate", cn, descriptor: descriptor);
            template.DisplayName = display;
            yield return template;
        }
    }

    private static AdEntry Entry(
        string dn, string objectClass, string name, string? sam = null, string? sid = null, string? upn = null,
        string? dnsHostName = null, string? gpLink = null, int? gpOptions = null, string? descriptor = null) => new()
    {
        DistinguishedName = dn,
        ObjectClass = objectClass,
        ObjectGuid = new Guid(MD5.HashData(Encoding.UTF8.GetBytes("lab.test object " + dn.ToUpperInvariant()))),
        Name = name,
        SamAccountName = sam,
        Sid = sid,
        UserPrincipalName = upn,
        DnsHostName = dnsHostName,
        GpLink = gpLink,
        GpOptions = gpOptions,
        SecurityDescriptor = descriptor ?? DefaultDescriptor,
    };
}
