using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;
using Microsoft.ActiveDirectory.Management;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Objects;

/// <summary>
/// Builds the objects the ActiveDirectory cmdlets write: property bags whose default properties are those Windows
/// shows for ADObject, ADUser, ADGroup, ADComputer, ADOrganizationalUnit, plus what -Properties asked for.
/// </summary>
internal static class AdObjects
{
    private static readonly string[] ObjectDefaults = ["DistinguishedName", "Name", "ObjectClass", "ObjectGUID"];

    public static PSObject Create(AdEntry entry, AdStore store, IReadOnlyList<string> properties, string typeName)
    {
        var result = new PSObject();
        result.TypeNames.Insert(0, "Microsoft.ActiveDirectory.Management." + typeName);
        result.TypeNames.Insert(1, "Microsoft.ActiveDirectory.Management.ADObject");
        var wanted = new List<string>(ObjectDefaults);
        wanted.AddRange(typeName switch
        {
            "ADUser" => ["Enabled", "GivenName", "SamAccountName", "SID", "Surname", "UserPrincipalName"],
            "ADGroup" => ["GroupCategory", "GroupScope", "SamAccountName", "SID"],
            "ADComputer" => ["DNSHostName", "Enabled", "SamAccountName", "SID", "UserPrincipalName"],
            "ADOrganizationalUnit" => ["City", "Country", "LinkedGroupPolicyObjects", "ManagedBy", "PostalCode", "State", "StreetAddress"],
            _ => [],
        });
        var all = properties.Contains("*");
        if (all)
        {
            wanted.AddRange(["nTSecurityDescriptor", "gPLink", "gPOptions", "displayName", "objectSid", "sAMAccountName"]);
        }
        else
        {
            wanted.AddRange(properties);
        }

        foreach (var name in wanted.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!result.Properties.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                result.Properties.Add(new PSNoteProperty(name, Value(entry, store, name)));
            }
        }

        return result;
    }

    public static PSObject Domain(AdStore store)
    {
        var root = store.Find(LabDomain.DistinguishedName);
        var result = new PSObject();
        result.TypeNames.Insert(0, "Microsoft.ActiveDirectory.Management.ADDomain");
        void Add(string name, object? value) => result.Properties.Add(new PSNoteProperty(name, value));
        Add("DistinguishedName", LabDomain.DistinguishedName);
        Add("DNSRoot", LabDomain.Name);
        Add("DomainSID", new LabSecurityIdentifier(LabDirectory.DomainSid));
        Add("NetBIOSName", LabDomain.NetBiosName);
        Add("Name", "lab");
        Add("Forest", LabDomain.Name);
        Add("DomainMode", "Windows2016Domain");
        Add("ObjectClass", "domainDNS");
        Add("ObjectGUID", root?.ObjectGuid);
        Add("PDCEmulator", LabDirectory.DomainControllerFqdn);
        Add("RIDMaster", LabDirectory.DomainControllerFqdn);
        Add("InfrastructureMaster", LabDirectory.DomainControllerFqdn);
        Add("ReplicaDirectoryServers", new[] { LabDirectory.DomainControllerFqdn });
        Add("UsersContainer", "CN=Users," + LabDomain.DistinguishedName);
        Add("ComputersContainer", "CN=Computers," + LabDomain.DistinguishedName);
        Add("SystemsContainer", "CN=System," + LabDomain.DistinguishedName);
        Add("DomainControllersContainer", LabDirectory.DomainControllersOu);
        Add("LinkedGroupPolicyObjects", LinkedGpos(root));
        return result;
    }

    public static PSObject RootDse()
    {
        var result = new PSObject();
        result.TypeNames.Insert(0, "Microsoft.ActiveDirectory.Management.ADRootDSE");
        void Add(string name, object? value) => result.Properties.Add(new PSNoteProperty(name, value));
        Add("configurationNamingContext", LabDirectory.ConfigurationNamingContext);
        Add("defaultNamingContext", LabDomain.DistinguishedName);
        Add("rootDomainNamingContext", LabDomain.DistinguishedName);
        Add("schemaNamingContext", LabDirectory.SchemaNamingContext);
        Add("dnsHostName", LabDirectory.DomainControllerFqdn);
        Add("namingContexts", new[] { LabDomain.DistinguishedName, LabDirectory.ConfigurationNamingContext, LabDirectory.SchemaNamingContext });
        Add("serverName", $"CN={LabDirectory.DomainControllerName},CN=Servers,{LabDirectory.DefaultSite}");
        return result;
    }

    public static string? AccountName(AdStore store, string sid) =>
        store.FindBySid(sid) is { SamAccountName: { } sam } ? LabDomain.NetBiosName + "\\" + sam : null;

    private static object? Value(AdEntry entry, AdStore store, string name) => name.ToUpperInvariant() switch
    {
        "DISTINGUISHEDNAME" => entry.DistinguishedName,
        "NAME" or "CN" or "OU" => entry.Name,
        "OBJECTCLASS" => entry.ObjectClass,
        "OBJECTGUID" => entry.ObjectGuid,
        "SAMACCOUNTNAME" => entry.SamAccountName,
        "SID" or "OBJECTSID" => entry.Sid is null ? null : new LabSecurityIdentifier(entry.Sid),
        "USERPRINCIPALNAME" => entry.UserPrincipalName,
        "DNSHOSTNAME" => entry.DnsHostName,
        "DISPLAYNAME" => entry.DisplayName,
        "ENABLED" => entry.ObjectClass is "user" or "computer" ? !string.Equals(entry.SamAccountName, "Guest", StringComparison.OrdinalIgnoreCase) : null,
        "GROUPCATEGORY" => entry.ObjectClass == "group" ? "Security" : null,
        "GROUPSCOPE" => entry.ObjectClass == "group" ? (entry.Sid?.EndsWith("-519", StringComparison.Ordinal) == true || entry.Sid?.EndsWith("-518", StringComparison.Ordinal) == true ? "Universal" : "Global") : null,
        "GPLINK" => entry.GpLink,
        "GPOPTIONS" => entry.GpOptions,
        "LINKEDGROUPPOLICYOBJECTS" => LinkedGpos(entry),
        "MEMBEROF" => (entry.MemberOf ?? []).ToArray(),
        "TOKENGROUPS" => entry.ObjectClass is "user" or "computer" && entry.Sid is not null
            ? LabLogon.Groups(store, entry).Select(sid => new LabSecurityIdentifier(sid)).ToArray()
            : null,
        "NTSECURITYDESCRIPTOR" => new LabActiveDirectorySecurity(entry.SecurityDescriptor, sid => AccountName(store, sid)),
        _ => null,
    };

    private static string[] LinkedGpos(AdEntry? entry) => entry is null
        ? []
        : GpLinks.Parse(entry.GpLink).Select(l => $"cn={l.GpoId.ToString("B").ToUpperInvariant()},cn=policies,cn=system,{LabDomain.DistinguishedName}").ToArray();
}
