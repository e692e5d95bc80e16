using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>The resource's checked inputs, fully known (never used with preview unknowns).</summary>
internal sealed record AutoenrollmentPolicyInputs(string? GpoName, Guid? GpoId, PolicyScope Scope, AutoenrollmentSettings Settings)
{
    public const string Token = "certautoenroll:index:AutoenrollmentPolicy";

    public const string GpoNameKey = "gpoName";
    public const string GpoIdKey = "gpoId";
    public const string ScopeKey = "scope";
    public const string ConfigurationModelKey = "configurationModel";
    public const string RenewKey = "renewExpiredCertificates";
    public const string UpdateKey = "updateCertificatesThatUseTemplates";
    public const string ExpirationNotificationKey = "expirationNotification";
    public const string PercentageKey = "percentage";
    public const string StoresKey = "stores";

    public static readonly IReadOnlyList<string> Keys =
        [GpoNameKey, GpoIdKey, ScopeKey, ConfigurationModelKey, RenewKey, UpdateKey, ExpirationNotificationKey];

    public GpoTarget Target(string? domain) => GpoId is { } id ? GpoTarget.ById(id, domain) : GpoTarget.ByName(GpoName!, domain);

    /// <summary>Reads inputs that Check has already normalised.</summary>
    public static AutoenrollmentPolicyInputs FromStruct(Struct inputs)
    {
        string? Text(string key) => inputs.Fields.TryGetValue(key, out var v) && PropertyValues.Unwrap(v) is { KindCase: Value.KindOneofCase.StringValue } s ? s.StringValue : null;
        bool Flag(string key, bool fallback) => inputs.Fields.TryGetValue(key, out var v) && ValueParsing.TryGetBool(PropertyValues.Unwrap(v), out var b) ? b : fallback;

        var model = System.Enum.TryParse<ConfigurationModel>(Text(ConfigurationModelKey), true, out var m) ? m : ConfigurationModel.Enabled;
        var enabled = model == ConfigurationModel.Enabled;
        return new AutoenrollmentPolicyInputs(
            Text(GpoNameKey),
            Guid.TryParse(Text(GpoIdKey), out var id) ? id : null,
            System.Enum.TryParse<PolicyScope>(Text(ScopeKey), true, out var scope) ? scope : PolicyScope.User,
            new AutoenrollmentSettings
            {
                ConfigurationModel = model,
                RenewExpiredCertificates = Flag(RenewKey, enabled),
                UpdateCertificatesThatUseTemplates = Flag(UpdateKey, enabled),
                ExpirationNotification = ReadNotification(inputs),
            });
    }

    /// <summary>The settings part as input properties (what the DC holds), for Read.</summary>
    public static void WriteSettings(Struct target, AutoenrollmentSettings settings)
    {
        target.Fields[ConfigurationModelKey] = Value.ForString(settings.ConfigurationModel.ToString());
        target.Fields[RenewKey] = Value.ForBool(settings.RenewExpiredCertificates);
        target.Fields[UpdateKey] = Value.ForBool(settings.UpdateCertificatesThatUseTemplates);
        if (settings.ExpirationNotification is { } notification)
        {
            target.Fields[ExpirationNotificationKey] = NotificationValue(notification);
        }
        else
        {
            target.Fields.Remove(ExpirationNotificationKey);
        }
    }

    public static Value NotificationValue(ExpirationNotification notification) =>
        Value.ForStruct(new Struct
        {
            Fields =
            {
                [PercentageKey] = Value.ForNumber(notification.Percentage),
                [StoresKey] = Value.ForList([.. notification.Stores.Select(Value.ForString)]),
            },
        });

    private static ExpirationNotification? ReadNotification(Struct inputs)
    {
        if (!inputs.Fields.TryGetValue(ExpirationNotificationKey, out var raw)
            || PropertyValues.Unwrap(raw) is not { KindCase: Value.KindOneofCase.StructValue } value)
        {
            return null;
        }

        var fields = value.StructValue.Fields;
        var percentage = fields.TryGetValue(PercentageKey, out var p) && ValueParsing.TryGetInt(PropertyValues.Unwrap(p), out var n)
            ? n
            : ExpirationNotification.DefaultPercentage;
        var stores = fields.TryGetValue(StoresKey, out var s) && ValueParsing.TryGetStringList(PropertyValues.Unwrap(s), out var list)
            ? list
            : [ExpirationNotification.DefaultStore];
        return new ExpirationNotification { Percentage = percentage, Stores = stores };
    }
}
