using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.Provider.Resources.GroupPolicyLink;

/// <summary>Resource ids: <c>{GPO-GUID}/OU=Staff,DC=contoso,DC=com</c> (a DN may itself contain '/', a GUID never does).</summary>
internal sealed record GroupPolicyLinkId(Guid GpoId, string Target)
{
    public const string Help = "expected '<gpoId>/<target DN>', e.g. '{31B2F340-016D-11D2-945F-00C04FB984F9}/OU=Staff,DC=contoso,DC=com'";

    public static string Format(Guid gpoId, string target) => $"{GpoTarget.FormatId(gpoId)}/{target}";

    public static bool TryParse(string id, out GroupPolicyLinkId parsed)
    {
        parsed = new GroupPolicyLinkId(Guid.Empty, string.Empty);
        var separator = id.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0 || !Guid.TryParse(id[..separator], out var gpoId) || id[(separator + 1)..].Trim().Length == 0)
        {
            return false;
        }

        parsed = new GroupPolicyLinkId(gpoId, id[(separator + 1)..].Trim());
        return true;
    }
}
