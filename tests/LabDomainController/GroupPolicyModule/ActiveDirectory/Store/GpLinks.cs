using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>One entry of a gPLink value.</summary>
internal sealed record GpLinkEntry(Guid GpoId, bool Enabled, bool Enforced);

/// <summary>
/// The gPLink attribute: <c>[LDAP://cn={GUID},cn=policies,cn=system,DC=…;flags]</c> repeated, flags 1 = link
/// disabled, 2 = enforced (MS-GPOL 2.2.2). The last entry has link order 1 [inference: GPMC prepends a new link,
/// which gets the lowest precedence].
/// </summary>
internal static partial class GpLinks
{
    /// <summary>The links in link order (index 0 = order 1).</summary>
    public static List<GpLinkEntry> Parse(string? gpLink)
    {
        var links = new List<GpLinkEntry>();
        if (string.IsNullOrWhiteSpace(gpLink))
        {
            return links;
        }

        foreach (Match match in Entry().Matches(gpLink))
        {
            var flags = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            links.Add(new GpLinkEntry(Guid.Parse(match.Groups[1].Value), (flags & 1) == 0, (flags & 2) != 0));
        }

        links.Reverse();
        return links;
    }

    /// <summary>Formats links given in link order (index 0 = order 1).</summary>
    public static string Format(IReadOnlyList<GpLinkEntry> linksInOrder)
    {
        var text = new StringBuilder();
        for (var i = linksInOrder.Count - 1; i >= 0; i--)
        {
            var link = linksInOrder[i];
            var flags = (link.Enabled ? 0 : 1) | (link.Enforced ? 2 : 0);
            text.Append("[LDAP://cn=").Append(link.GpoId.ToString("B").ToUpperInvariant())
                .Append(",cn=policies,cn=system,").Append(LabDomain.DistinguishedName)
                .Append(';').Append(flags.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\[LDAP://cn=(\{[0-9A-Fa-f-]{36}\}),[^;\]]*;(\d+)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Entry();
}
