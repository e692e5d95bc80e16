using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Properties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>Resource ids: <c>{GPO-GUID}/User</c>; import also takes <c>&lt;gpoName&gt;/Computer</c>.</summary>
internal sealed record AutoenrollmentPolicyId(string? GpoName, Guid? GpoId, PolicyScope Scope)
{
    public GpoTarget Target(string? domain) => GpoId is { } id ? GpoTarget.ById(id, domain) : GpoTarget.ByName(GpoName!, domain);

    public static bool TryParse(string id, out AutoenrollmentPolicyId parsed)
    {
        parsed = new AutoenrollmentPolicyId(null, null, PolicyScope.User);
        var separator = id.LastIndexOf('/'); // GPO names may themselves contain '/'
        if (separator <= 0 || !EnumRule.TryParse<PolicyScope>(id[(separator + 1)..], out var scope))
        {
            return false;
        }

        var gpo = id[..separator];
        parsed = Guid.TryParse(gpo, out var guid)
            ? new AutoenrollmentPolicyId(null, guid, scope)
            : new AutoenrollmentPolicyId(gpo, null, scope);
        return true;
    }

    public static string FormatHelp =>
        "expected '<gpoId>/<scope>' or '<gpoName>/<scope>' with scope User or Computer, e.g. '{31B2F340-016D-11D2-945F-00C04FB984F9}/User' or 'Default Domain Policy/Computer'";
}
