using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;
using Microsoft.ActiveDirectory.Management;
using Microsoft.GroupPolicy;
using Microsoft.GroupPolicy.Commands;

namespace LabDomainController.GroupPolicyModule.GpoSecurity;

/// <summary>Trustees of GPO permissions: a SID as GPTrustee, and -TargetName/-TargetType resolved to a SID.</summary>
internal static class GpoTrustees
{
    // The well-known principals GPO ACLs hold, by the names Get-GPPermission shows [doc: Get-GPPermission example 3].
    private static readonly (string Sid, string Domain, string Name)[] WellKnown =
    [
        ("S-1-1-0", string.Empty, "Everyone"), ("S-1-3-0", string.Empty, "CREATOR OWNER"),
        ("S-1-5-9", "NT AUTHORITY", "ENTERPRISE DOMAIN CONTROLLERS"), ("S-1-5-11", "NT AUTHORITY", "Authenticated Users"),
        ("S-1-5-18", "NT AUTHORITY", "SYSTEM"),
    ];

    public static GPTrustee ForSid(AdStore directory, string sid)
    {
        if (WellKnown.FirstOrDefault(w => string.Equals(w.Sid, sid, StringComparison.OrdinalIgnoreCase)) is { Sid: not null } known)
        {
            return new GPTrustee { Name = known.Name, Domain = known.Domain, DSPath = null, Sid = new LabSecurityIdentifier(known.Sid), SidType = SidType.WellKnownGroup };
        }

        var entry = directory.FindBySid(sid);
        return new GPTrustee
        {
            Name = entry?.Name ?? sid,
            Domain = entry is null ? null : LabDomain.NetBiosName,
            DSPath = entry?.DistinguishedName,
            Sid = new LabSecurityIdentifier(sid),
            SidType = entry?.ObjectClass switch
            {
                "user" => SidType.User,
                "group" => SidType.Group,
                "computer" => SidType.Computer,
                _ => SidType.Unknown,
            },
        };
    }

    /// <summary>
    /// The SID of "domain\account" or "account" of the given type [doc: -TargetName]; a computer may be named with or
    /// without its trailing $; well-known groups by name as type Group. Null when nothing matches.
    /// </summary>
    public static string? Resolve(AdStore directory, string targetName, PermissionTrusteeType type)
    {
        var slash = targetName.IndexOf('\\', StringComparison.Ordinal);
        var qualifier = slash < 0 ? null : targetName[..slash];
        var name = slash < 0 ? targetName : targetName[(slash + 1)..];
        if (type == PermissionTrusteeType.Group
            && WellKnown.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase)
                && (qualifier is null || string.Equals(qualifier, w.Domain, StringComparison.OrdinalIgnoreCase))) is { Sid: not null } known)
        {
            return known.Sid;
        }

        if (qualifier is not null && !LabDomain.IsThisDomain(qualifier))
        {
            return null;
        }

        var objectClass = type switch
        {
            PermissionTrusteeType.User => "user",
            PermissionTrusteeType.Computer => "computer",
            _ => "group",
        };
        return directory.All().FirstOrDefault(e => e.ObjectClass == objectClass && e.Sid is not null
            && (string.Equals(e.SamAccountName, name, StringComparison.OrdinalIgnoreCase)
                || (type == PermissionTrusteeType.Computer && string.Equals(e.SamAccountName, name + "$", StringComparison.OrdinalIgnoreCase))))?.Sid;
    }
}
