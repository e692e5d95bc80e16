using System.Security.Cryptography;
using System.Text;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>
/// The lab host's accounts in the directory: the administrator it was started with (a member of the groups the
/// built-in Administrator is in) and an optional standard account (Domain Users only: it may log on and read, not edit).
/// </summary>
public static class LabAccounts
{
    private const int FirstAccountRid = 1110;

    /// <summary>Adds <paramref name="samAccountName"/> under CN=Users unless an account of that name exists; safe from several processes.</summary>
    public static void Ensure(string dataDirectory, string samAccountName, bool administrator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(samAccountName);
        new GpoStore(new LabDataPaths(dataDirectory)).EnsureDomain();
        var store = new AdStore(dataDirectory);
        var all = store.All();
        if (all.FirstOrDefault(e => e.ObjectClass == "user" && string.Equals(e.SamAccountName, samAccountName, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            // A data folder from before the lab kept group memberships: the administrator gets its groups back.
            var missing = administrator ? LabDirectory.AdministratorGroups.Where(g => !(existing.MemberOf ?? []).Contains(g, StringComparer.OrdinalIgnoreCase)).ToList() : [];
            if (missing.Count > 0)
            {
                existing.MemberOf = [.. existing.MemberOf ?? [], .. missing];
                store.Save(existing);
            }

            return;
        }

        var dn = $"CN={DistinguishedNames.Escape(samAccountName)},CN=Users,{LabDomain.DistinguishedName}";
        var rid = FirstAccountRid + all.Count(e => e.Sid is { } sid && RidOf(sid) >= FirstAccountRid);
        store.Save(new AdEntry
        {
            DistinguishedName = dn,
            ObjectClass = "user",
            ObjectGuid = new Guid(MD5.HashData(Encoding.UTF8.GetBytes("lab.test object " + dn.ToUpperInvariant()))),
            Name = samAccountName,
            SamAccountName = samAccountName,
            Sid = LabDirectory.Sid(rid),
            UserPrincipalName = samAccountName + "@" + LabDomain.Name,
            MemberOf = administrator ? [.. LabDirectory.AdministratorGroups] : null,
            SecurityDescriptor = "O:DAG:DAD:AI(A;;RPLCLORC;;;AU)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;DA)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;SY)",
        });
    }

    private static int RidOf(string sid) =>
        int.TryParse(sid[(sid.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var rid) ? rid : 0;
}
