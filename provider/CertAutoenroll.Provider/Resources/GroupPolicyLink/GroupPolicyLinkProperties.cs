using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Resources.Common;

namespace CertAutoenroll.Provider.Resources.GroupPolicyLink;

/// <summary>The property table of <c>certautoenroll:index:GroupPolicyLink</c>: the only place its property names are spelled.</summary>
internal static class GroupPolicyLinkProperties
{
    public const string Token = "certautoenroll:index:GroupPolicyLink";

    public const string GpoNameKey = GpoReference.NameKey;
    public const string GpoIdKey = GpoReference.IdKey;
    public const string TargetKey = "target";
    public const string EnabledKey = "enabled";
    public const string EnforcedKey = "enforced";
    public const string OrderKey = "order";

    public static readonly PropertyTable Table = new(
        Token,
        "The link of one GPO to a domain root, OU or site (GPMC: Link an Existing GPO). Deleting the resource removes only this link; the GPO and the target's other links stay. Import with the id `<gpoId>/<target DN>`.",
        [
            GpoReference.NameSpec("Display name of the GPO to link. Set exactly one of `gpoName` and `gpoId`. Changing it replaces the link.", replaceOnChange: true),
            GpoReference.IdSpec("GUID of the GPO to link, e.g. a `GroupPolicy` resource's `gpoId`. Set exactly one of `gpoName` and `gpoId`. Changing it replaces the link.", replaceOnChange: true),
            PropertySpec.RequiredText(TargetKey, "Distinguished name of the domain root, OU or site to link to, e.g. `OU=Staff,DC=contoso,DC=com`. Changing it replaces the link.", replaceOnChange: true),
            PropertySpec.Flag(EnabledKey, "Whether the link is enabled (GPMC: Link Enabled). Defaults to true.", PropertyDefault.Of(true)),
            PropertySpec.Flag(EnforcedKey, "Whether the link is enforced, so that it wins over links below it and blocked inheritance (GPMC: Enforced). Defaults to false.", PropertyDefault.Of(false)),
            new PropertySpec
            {
                Name = OrderKey,
                Kind = PropertyKind.Integer,
                Description = "The link's 1-based position among the target's links (1 = highest precedence). Absent: a new link is appended and an existing one keeps its place.",
                OutputDescription = "The link's 1-based position among the target's links, as the DC reports it.",
                Range = (1, 1000),
                ResolvedWhenAbsent = true,
                AlwaysInOutputs = true,
            },
        ]);
}
