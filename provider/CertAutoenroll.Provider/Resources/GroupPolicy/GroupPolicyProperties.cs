using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.Provider.Properties;

namespace CertAutoenroll.Provider.Resources.GroupPolicy;

/// <summary>The property table of <c>certautoenroll:index:GroupPolicy</c>: the only place its property names are spelled.</summary>
internal static class GroupPolicyProperties
{
    public const string Token = "certautoenroll:index:GroupPolicy";

    public const string NameKey = "name";
    public const string CommentKey = "comment";
    public const string StatusKey = "status";
    public const string GpoIdKey = "gpoId";
    public const string DomainKey = "domain";
    public const string PathKey = "path";

    public static readonly PropertyTable Table = new(
        Token,
        "A Group Policy Object. Renaming it is an update. Deleting the resource deletes the GPO (and, as Remove-GPO does, its links); that is refused for the Default Domain Policy and the Default Domain Controllers Policy. Creating a GPO whose name exists fails: import it instead, with the id `{GUID}` or the GPO's name.",
        [
            PropertySpec.RequiredText(NameKey, "The GPO's display name, unique in the domain, e.g. `Certificate Autoenrollment`. Changing it renames the GPO.", replaceOnChange: false),
            new PropertySpec
            {
                Name = CommentKey,
                Kind = PropertyKind.String,
                Description = "The GPO's comment (GPMC: Details > Comment). Absent: left as it is.",
                AllowEmpty = true,
            },
            new PropertySpec
            {
                Name = StatusKey,
                Kind = PropertyKind.Enum,
                Description = "Which halves of the GPO apply (GPMC: Details > GPO Status). Defaults to `AllSettingsEnabled`.",
                Enum = EnumSpec.Of(
                    "certautoenroll:index:GpoStatus",
                    "Which halves of a GPO apply (Microsoft.GroupPolicy.GpoStatus).",
                    (GpoStatus.AllSettingsEnabled, "User and Computer Configuration both apply."),
                    (GpoStatus.UserSettingsDisabled, "Only Computer Configuration applies."),
                    (GpoStatus.ComputerSettingsDisabled, "Only User Configuration applies."),
                    (GpoStatus.AllSettingsDisabled, "Neither half applies.")),
                Default = PropertyDefault.Of(nameof(GpoStatus.AllSettingsEnabled)),
                AlwaysInOutputs = true,
            },
            PropertySpec.Output(GpoIdKey, PropertyKind.String, "The GPO's id, upper case in braces, e.g. `{31B2F340-016D-11D2-945F-00C04FB984F9}`: the resource id and what `AutoenrollmentPolicy` and `GroupPolicyLink` take as `gpoId`."),
            PropertySpec.Output(DomainKey, PropertyKind.String, "The domain the GPO belongs to, as reported by the DC."),
            PropertySpec.Output(PathKey, PropertyKind.String, "The DN of the GPO's Group Policy Container, `cn={GUID},cn=policies,cn=system,DC=…`."),
        ]);
}
