using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Resources.Common;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyProperties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>The resource's checked inputs, fully known (never used with preview unknowns); absent values take the table's defaults.</summary>
internal sealed record AutoenrollmentPolicyInputs(PolicyScope Scope, AutoenrollmentSettings Settings)
{
    public static AutoenrollmentPolicyInputs FromStruct(Struct inputs) =>
        new(Table.Enum<PolicyScope>(inputs, ScopeKey) ?? throw Unchecked(ScopeKey), SettingsOf(inputs));

    public static GpoTarget Target(Struct inputs, string? domain) => GpoReference.Target(Table, inputs, domain);

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

    private static Value NotificationValue(ExpirationNotification notification) =>
        Value.ForStruct(new Struct
        {
            Fields =
            {
                [PercentageKey] = Value.ForNumber(notification.Percentage),
                [StoresKey] = Value.ForList([.. notification.Stores.Select(Value.ForString)]),
            },
        });

    /// <summary>The settings without the expiry notification: all that AEPolicy is computed from.</summary>
    public static AutoenrollmentSettings BoxesOf(Struct inputs) => SettingsOf(inputs, withNotification: false);

    private static AutoenrollmentSettings SettingsOf(Struct inputs, bool withNotification = true)
    {
        return new AutoenrollmentSettings
        {
            ConfigurationModel = Table.Enum<ConfigurationModel>(inputs, ConfigurationModelKey) ?? throw Unchecked(ConfigurationModelKey),
            RenewExpiredCertificates = Table.Flag(inputs, RenewKey) ?? throw Unchecked(RenewKey),
            UpdateCertificatesThatUseTemplates = Table.Flag(inputs, UpdateKey) ?? throw Unchecked(UpdateKey),
            ExpirationNotification = withNotification ? NotificationOf(inputs) : null,
        };
    }

    private static ExpirationNotification? NotificationOf(Struct inputs)
    {
        if (Table.ValueOrDefault(inputs, ExpirationNotificationKey) is not { KindCase: Value.KindOneofCase.StructValue } value)
        {
            return null;
        }

        var fields = value.StructValue;
        Value? Field(string name) => Properties.PropertyTable.ValueOrDefault(fields, ExpirationNotificationType.Fields.Single(f => f.Name == name));
        return new ExpirationNotification
        {
            Percentage = Field(PercentageKey) is { } p && ValueParsing.TryGetInt(p, out var n) ? n : throw Unchecked(PercentageKey),
            Stores = Field(StoresKey) is { } s && ValueParsing.TryGetStringList(s, out var list) ? list : throw Unchecked(StoresKey),
        };
    }

    private static InvalidOperationException Unchecked(string key) => new($"'{key}' was not checked: Check writes every input with its default");
}
