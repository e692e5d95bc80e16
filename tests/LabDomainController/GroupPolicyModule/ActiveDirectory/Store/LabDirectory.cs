using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>The names and SIDs of the lab directory (one domain that is its own forest root).</summary>
public static class LabDirectory
{
    /// <summary>The domain SID; well-known groups are this plus their RID (Domain Users = …-513).</summary>
    public const string DomainSid = "S-1-5-21-3623811015-3361044348-30300820";

    /// <summary>
    /// The lab DC's one machine name, as its NetBIOS computer name (upper case, as Windows shows it): what its
    /// NTLM challenge, faults, certificate, pwsh environment, -Server check and directory entry all use.
    /// </summary>
    public const string DomainControllerName = "DC01";

    /// <summary>The same name as DNS knows it, in the lab domain: the SPN and certificate host, <c>dc01.lab.test</c>.</summary>
    public const string DomainControllerFqdn = "dc01." + LabDomain.Name;

    public const string ConfigurationNamingContext = "CN=Configuration," + LabDomain.DistinguishedName;

    public const string SchemaNamingContext = "CN=Schema," + ConfigurationNamingContext;

    public const string CertificateTemplates = "CN=Certificate Templates,CN=Public Key Services,CN=Services," + ConfigurationNamingContext;

    public const string DefaultSite = "CN=Default-First-Site-Name,CN=Sites," + ConfigurationNamingContext;

    public const string StaffOu = "OU=Staff," + LabDomain.DistinguishedName;

    public const string WorkstationsOu = "OU=Workstations," + LabDomain.DistinguishedName;

    /// <summary>An OU whose name needs every kind of DN escaping and would be code if spliced into a script.</summary>
    public const string HostileOuName = "R&D, \"Labs\" + $(whoami); <ünï> = 'q' #1 ";

    public static string HostileOu => "OU=" + DistinguishedNames.Escape(HostileOuName) + "," + LabDomain.DistinguishedName;

    public const string DomainControllersOu = "OU=Domain Controllers," + LabDomain.DistinguishedName;

    public const string PoliciesContainer = "CN=Policies,CN=System," + LabDomain.DistinguishedName;

    /// <summary>schemaIDGUID of the groupPolicyContainer class [doc: Group-Policy-Container class].</summary>
    public const string GroupPolicyContainerClass = "f30e3bc2-9ff0-11d1-b603-0000f80367c1";

    /// <summary>The built-in Administrator's groups on a new forest root domain [doc: default security groups]: Domain Admins, Enterprise Admins, Schema Admins, Group Policy Creator Owners.</summary>
    public static IReadOnlyList<string> AdministratorGroups { get; } =
    [
        "CN=Domain Admins,CN=Users," + LabDomain.DistinguishedName, "CN=Enterprise Admins,CN=Users," + LabDomain.DistinguishedName,
        "CN=Schema Admins,CN=Users," + LabDomain.DistinguishedName, "CN=Group Policy Creator Owners,CN=Users," + LabDomain.DistinguishedName,
    ];

    public const string EnrollRight = "0e10c968-78fb-11d2-90d4-00c04f79dc55";

    public const string AutoEnrollRight = "a05b8cc2-17bc-4802-a710-e7c15ab866a2";

    public static string Sid(int rid) => DomainSid + "-" + rid.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string TemplateDn(string cn) => "CN=" + DistinguishedNames.Escape(cn) + "," + CertificateTemplates;

    /// <summary>
    /// Whether <paramref name="server"/> names this DC or its domain (as -Server of the ActiveDirectory cmdlets may):
    /// DC01, dc01.lab.test, lab.test, LAB, or the COMPUTERNAME[.USERDNSDOMAIN] the lab's pwsh runs under.
    /// </summary>
    public static bool IsThisServer(string server)
    {
        var name = server.Trim().TrimEnd('.');
        var port = name.LastIndexOf(':');
        if (port > 0 && int.TryParse(name[(port + 1)..], out _))
        {
            name = name[..port];
        }

        string?[] known =
        [
            DomainControllerName, DomainControllerFqdn, LabDomain.Name, LabDomain.NetBiosName,
            Environment.GetEnvironmentVariable("COMPUTERNAME"),
            Environment.GetEnvironmentVariable("COMPUTERNAME") + "." + Environment.GetEnvironmentVariable("USERDNSDOMAIN"),
        ];
        return known.Any(k => !string.IsNullOrEmpty(k) && k != "." && string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
    }
}
