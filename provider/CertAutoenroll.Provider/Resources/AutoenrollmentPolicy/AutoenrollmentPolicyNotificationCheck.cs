using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyInputs;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>Check of the nested <c>expirationNotification</c> object: defaults 10 % and ["MY"].</summary>
internal static class AutoenrollmentPolicyNotificationCheck
{
    public static void Check(Struct news, Struct output, Dictionary<string, string> failures)
    {
        if (!news.Fields.TryGetValue(ExpirationNotificationKey, out var raw) || ValueComparison.IsAbsent(raw))
        {
            return;
        }

        if (PropertyValues.IsUnknown(raw))
        {
            output.Fields[ExpirationNotificationKey] = raw;
            return;
        }

        var value = PropertyValues.Unwrap(raw);
        if (value.KindCase != Value.KindOneofCase.StructValue)
        {
            failures[ExpirationNotificationKey] = "'expirationNotification' must be an object with 'percentage' and 'stores'.";
            return;
        }

        var fields = value.StructValue.Fields;
        var result = new Struct();
        foreach (var key in fields.Keys.Where(k => k is not PercentageKey and not StoresKey))
        {
            failures[$"{ExpirationNotificationKey}.{key}"] = $"'{key}' is not a field of expirationNotification; use 'percentage' and 'stores'.";
        }

        result.Fields[PercentageKey] = Percentage(fields.GetValueOrDefault(PercentageKey), failures);
        result.Fields[StoresKey] = Stores(fields.GetValueOrDefault(StoresKey), failures);
        output.Fields[ExpirationNotificationKey] = Value.ForStruct(result);
    }

    private static Value Percentage(Value? raw, Dictionary<string, string> failures)
    {
        if (ValueComparison.IsAbsent(raw))
        {
            return Value.ForNumber(ExpirationNotification.DefaultPercentage);
        }

        if (PropertyValues.IsUnknown(raw))
        {
            return raw!;
        }

        if (!ValueParsing.TryGetInt(PropertyValues.Unwrap(raw!), out var percentage))
        {
            failures[$"{ExpirationNotificationKey}.{PercentageKey}"] = "'expirationNotification.percentage' must be a whole number from 0 to 100.";
            return raw!;
        }

        return Value.ForNumber(percentage);
    }

    private static Value Stores(Value? raw, Dictionary<string, string> failures)
    {
        if (ValueComparison.IsAbsent(raw))
        {
            return Value.ForList(Value.ForString(ExpirationNotification.DefaultStore));
        }

        if (PropertyValues.IsUnknown(raw) || AutoenrollmentPolicyCheck.ContainsUnknown(raw!))
        {
            return raw!;
        }

        if (!ValueParsing.TryGetStringList(PropertyValues.Unwrap(raw!), out var stores))
        {
            failures[$"{ExpirationNotificationKey}.{StoresKey}"] = "'expirationNotification.stores' must be a list of store names such as [\"MY\"].";
            return raw!;
        }

        return Value.ForList([.. stores.Select(Value.ForString)]);
    }
}
