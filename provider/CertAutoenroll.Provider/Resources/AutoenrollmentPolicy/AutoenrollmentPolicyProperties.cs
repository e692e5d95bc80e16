using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Resources.Common;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>The property table of <c>certautoenroll:index:AutoenrollmentPolicy</c>: the only place its property names are spelled.</summary>
internal static class AutoenrollmentPolicyProperties
{
    public const string Token = "certautoenroll:index:AutoenrollmentPolicy";

    public const string GpoNameKey = GpoReference.NameKey;
    public const string GpoIdKey = GpoReference.IdKey;
    public const string ScopeKey = "scope";
    public const string ConfigurationModelKey = "configurationModel";
    public const string RenewKey = "renewExpiredCertificates";
    public const string UpdateKey = "updateCertificatesThatUseTemplates";
    public const string ExpirationNotificationKey = "expirationNotification";
    public const string PercentageKey = "percentage";
    public const string StoresKey = "stores";
    public const string DomainKey = "domain";
    public const string AePolicyKey = "aePolicy";
    public const string RegistryKeyKey = "registryKey";
    public const string UnmanagedValuesKey = "unmanagedValues";
    public const string ValueNameKey = "name";
    public const string ValueKindKey = "kind";
    public const string ValueDataKey = "data";

    private const string ScopeDescription =
        "Which half of the GPO holds the policy: `User` (User Configuration > Policies > Windows Settings > Security Settings > Public Key Policies) or `Computer` (Computer Configuration > …). Defaults to `User`. Changing it replaces the resource.";

    public static readonly ObjectSpec ExpirationNotificationType = new(
        "certautoenroll:index:ExpirationNotification",
        "Expiry events: raised when a certificate's remaining lifetime falls under `percentage` percent.",
        [
            new PropertySpec
            {
                Name = PercentageKey,
                Kind = PropertyKind.Integer,
                Description = "Remaining lifetime, in percent (0-100), under which an expiry event is raised. Defaults to 10.",
                Default = PropertyDefault.Of(ExpirationNotification.DefaultPercentage),
                Range = (0, 100),
            },
            new PropertySpec
            {
                Name = StoresKey,
                Kind = PropertyKind.StringList,
                Description = "Certificate stores watched for expiry. Defaults to `[\"MY\"]`; only one store is supported for now.",
                Default = PropertyDefault.List(ExpirationNotification.DefaultStore),
            },
        ]);

    public static readonly ObjectSpec RegistryValueType = new(
        "certautoenroll:index:RegistryValue",
        "A registry value under the policy key that the resource does not model.",
        [
            new PropertySpec { Name = ValueNameKey, Kind = PropertyKind.String, Description = "Value name.", Role = PropertyRole.Output, AlwaysInOutputs = true },
            new PropertySpec
            {
                Name = ValueKindKey,
                Kind = PropertyKind.String,
                Description = "Registry type: String, ExpandString, Binary, DWord, MultiString or QWord.",
                Role = PropertyRole.Output,
                AlwaysInOutputs = true,
            },
            new PropertySpec
            {
                Name = ValueDataKey,
                Kind = PropertyKind.String,
                Description = "The data as text: a number for DWord/QWord, the strings joined by newlines for MultiString, base64 for Binary.",
                Role = PropertyRole.Output,
                AlwaysInOutputs = true,
            },
        ]);

    public static readonly PropertyTable Table = new(
        Token,
        "The \"Certificate Services Client - Auto-Enrollment\" policy of one GPO in one scope (User or Computer Configuration > Policies > Windows Settings > Security Settings > Public Key Policies). Deleting the resource removes exactly the values it manages, which GPMC shows as \"Not configured\"; the GPO's other settings stay untouched. Import with the id `<gpoId>/<scope>` or `<gpoName>/<scope>`.",
        [
            GpoReference.NameSpec(
                "Display name of the Group Policy Object to configure, e.g. `Default Domain Policy`. Set exactly one of `gpoName` and `gpoId`. Changing it replaces the resource.",
                replaceOnChange: true),
            GpoReference.IdSpec(
                "GUID of the Group Policy Object to configure, e.g. `{31B2F340-016D-11D2-945F-00C04FB984F9}`. Set exactly one of `gpoName` and `gpoId`. Changing it replaces the resource.",
                replaceOnChange: true),
            new PropertySpec
            {
                Name = ScopeKey,
                Kind = PropertyKind.Enum,
                Description = ScopeDescription,
                Enum = EnumSpec.Of(
                    "certautoenroll:index:PolicyScope",
                    "Which half of a GPO holds the policy.",
                    (PolicyScope.User, "User Configuration (HKCU)."),
                    (PolicyScope.Computer, "Computer Configuration (HKLM).")),
                Default = PropertyDefault.Of(nameof(PolicyScope.User)),
                ReplaceOnChange = true,
                AlwaysInOutputs = true,
            },
            new PropertySpec
            {
                Name = ConfigurationModelKey,
                Kind = PropertyKind.Enum,
                Description = "The dialog's Configuration Model. `Enabled` makes clients enroll and renew certificates automatically from templates they may autoenroll; `Disabled` turns autoenrollment off for the clients the GPO applies to. (\"Not configured\" is the absence of this resource.) Defaults to `Enabled`.",
                Enum = EnumSpec.Of(
                    "certautoenroll:index:ConfigurationModel",
                    "The Auto-Enrollment dialog's Configuration Model.",
                    (ConfigurationModel.Enabled, "Clients autoenroll according to the check boxes."),
                    (ConfigurationModel.Disabled, "Autoenrollment is turned off (AEPolicy 0x8000).")),
                Default = PropertyDefault.Of(nameof(ConfigurationModel.Enabled)),
                AlwaysInOutputs = true,
            },
            PropertySpec.Flag(RenewKey, "\"Renew expired certificates, update pending certificates, and remove revoked certificates\": clients renew expired certificates, fetch pending requests once approved and remove revoked certificates from their store. Defaults to true when Enabled, false when Disabled.", BoxDefault),
            PropertySpec.Flag(UpdateKey, "\"Update certificates that use certificate templates\": clients enroll for, and replace superseded, certificates based on the templates they may autoenroll. Defaults to true when Enabled, false when Disabled.", BoxDefault),
            new PropertySpec
            {
                Name = ExpirationNotificationKey,
                Kind = PropertyKind.Object,
                Object = ExpirationNotificationType,
                Description = "Expiry events and notifications: when a certificate's remaining lifetime falls under a percentage, clients raise an event. Absent: no expiry values are written.",
            },
            PropertySpec.Output(DomainKey, PropertyKind.String, "Domain of the GPO, as reported by the DC."),
            PropertySpec.Output(AePolicyKey, PropertyKind.Integer, "The raw `AEPolicy` DWORD written under the policy key: 0x8000 when Disabled, otherwise 0x1 (templates) plus 0x6 (renew) as selected."),
            PropertySpec.Output(RegistryKeyKey, PropertyKind.String, "The registry key that holds the policy in the GPO, e.g. `HKCU\\Software\\Policies\\Microsoft\\Cryptography\\AutoEnrollment`."),
            PropertySpec.Output(UnmanagedValuesKey, PropertyKind.ObjectList, "Values found under the policy key that this resource does not model, kept as they are.") with { Object = RegistryValueType },
        ]);

    /// <summary>The settings inputs: what the GPO's policy values are computed from.</summary>
    public static readonly IReadOnlyList<string> SettingKeys = [ConfigurationModelKey, RenewKey, UpdateKey, ExpirationNotificationKey];

    /// <summary>A dialog box, when absent, follows the model (the dialog greys the boxes out when Disabled).</summary>
    private static PropertyDefault BoxDefault => PropertyDefault.Computed(FollowsModel);

    private static Value FollowsModel(Struct inputs)
    {
        if (!inputs.Fields.TryGetValue(ConfigurationModelKey, out var model))
        {
            return Value.ForBool(true); // the model's own default is Enabled
        }

        return PropertyValues.IsUnknown(model)
            ? PropertyValues.Unknown(Sentinels.UnknownBool)
            : Value.ForBool(PropertyValues.Unwrap(model).StringValue == nameof(ConfigurationModel.Enabled));
    }
}
