using System.Globalization;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

/// <summary>SDDL SID and access-right aliases (MS-DTYP 2.5.1.1), resolved against the lab domain.</summary>
internal static class SddlAliases
{
    private static readonly Dictionary<string, int> DomainRids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LA"] = 500, ["LG"] = 501, ["DA"] = 512, ["DU"] = 513, ["DG"] = 514, ["DC"] = 515, ["DD"] = 516, ["CA"] = 517,
        ["SA"] = 518, ["EA"] = 519, ["PA"] = 520, ["CN"] = 522, ["AP"] = 525, ["KA"] = 526, ["EK"] = 527, ["RS"] = 553, ["RO"] = 498,
    };

    private static readonly Dictionary<string, string> FixedSids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WD"] = "S-1-1-0", ["CO"] = "S-1-3-0", ["CG"] = "S-1-3-1", ["OW"] = "S-1-3-4", ["NU"] = "S-1-5-2", ["IU"] = "S-1-5-4",
        ["SU"] = "S-1-5-6", ["AN"] = "S-1-5-7", ["ED"] = "S-1-5-9", ["PS"] = "S-1-5-10", ["AU"] = "S-1-5-11", ["RC"] = "S-1-5-12",
        ["SY"] = "S-1-5-18", ["LS"] = "S-1-5-19", ["NS"] = "S-1-5-20", ["BA"] = "S-1-5-32-544", ["BU"] = "S-1-5-32-545",
        ["BG"] = "S-1-5-32-546", ["PU"] = "S-1-5-32-547", ["AO"] = "S-1-5-32-548", ["SO"] = "S-1-5-32-549", ["PO"] = "S-1-5-32-550",
        ["BO"] = "S-1-5-32-551", ["RE"] = "S-1-5-32-552", ["RU"] = "S-1-5-32-554", ["RD"] = "S-1-5-32-555", ["NO"] = "S-1-5-32-556",
    };

    private static readonly Dictionary<string, string> WellKnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["S-1-1-0"] = "Everyone", ["S-1-3-0"] = @"CREATOR OWNER", ["S-1-5-9"] = @"NT AUTHORITY\ENTERPRISE DOMAIN CONTROLLERS",
        ["S-1-5-10"] = @"NT AUTHORITY\SELF", ["S-1-5-11"] = @"NT AUTHORITY\Authenticated Users", ["S-1-5-18"] = @"NT AUTHORITY\SYSTEM",
        ["S-1-5-32-544"] = @"BUILTIN\Administrators", ["S-1-5-32-545"] = @"BUILTIN\Users",
    };

    /// <summary>Rights in the order Windows writes them: by bit, LCRPLORC, CCDCLCSWRPWPDTLOCRSDRCWDWO [inference: dumps].</summary>
    public static IReadOnlyList<(string Alias, int Mask)> Rights { get; } =
    [
        ("GA", 0x10000000), ("GR", unchecked((int)0x80000000)), ("GW", 0x40000000), ("GX", 0x20000000),
        ("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20), ("DT", 0x40), ("LO", 0x80), ("CR", 0x100),
        ("SD", 0x10000), ("RC", 0x20000), ("WD", 0x40000), ("WO", 0x80000),
    ];

    /// <summary>A full SID for an alias or SID text; null when it is neither.</summary>
    public static string? ToSid(string trustee)
    {
        if (DomainRids.TryGetValue(trustee, out var rid))
        {
            return LabDirectory.Sid(rid);
        }

        if (FixedSids.TryGetValue(trustee, out var fixedSid))
        {
            return fixedSid;
        }

        return IsSid(trustee) ? trustee.ToUpperInvariant() : null;
    }

    /// <summary>The alias Windows writes for a SID, or the SID itself.</summary>
    public static string ToTrustee(string sid)
    {
        foreach (var (alias, rid) in DomainRids)
        {
            if (string.Equals(sid, LabDirectory.Sid(rid), StringComparison.OrdinalIgnoreCase))
            {
                return alias;
            }
        }

        foreach (var (alias, fixedSid) in FixedSids)
        {
            if (string.Equals(sid, fixedSid, StringComparison.OrdinalIgnoreCase))
            {
                return alias;
            }
        }

        return sid.ToUpperInvariant();
    }

    public static string? WellKnownName(string sid) => WellKnownNames.GetValueOrDefault(sid);

    public static bool IsSid(string text)
    {
        var parts = text.Split('-');
        return parts.Length >= 3 && string.Equals(parts[0], "S", StringComparison.OrdinalIgnoreCase)
            && parts.Skip(1).All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && ulong.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    /// <summary>The mask of an SDDL rights string (aliases or 0x hex); null when malformed.</summary>
    public static int? ParseRights(string rights)
    {
        if (rights.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(rights.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }

        if (rights.Length % 2 != 0)
        {
            return null;
        }

        var mask = 0;
        for (var i = 0; i < rights.Length; i += 2)
        {
            var alias = rights.Substring(i, 2);
            var found = Rights.FirstOrDefault(r => string.Equals(r.Alias, alias, StringComparison.OrdinalIgnoreCase));
            if (found.Alias is null)
            {
                return null;
            }

            mask |= found.Mask;
        }

        return mask;
    }

    public static string FormatRights(int mask)
    {
        var text = string.Empty;
        var rest = mask;
        foreach (var (alias, bits) in Rights)
        {
            if ((rest & bits) == bits && bits != 0)
            {
                text += alias;
                rest &= ~bits;
            }
        }

        return rest == 0 ? text : "0x" + mask.ToString("x", CultureInfo.InvariantCulture);
    }
}
