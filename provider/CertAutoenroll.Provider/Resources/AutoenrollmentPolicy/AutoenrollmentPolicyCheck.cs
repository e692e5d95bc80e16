using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyInputs;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>
/// Check: applies defaults, normalises spelling (enum case, GUID form, booleans as text) and
/// reports one failure per bad property. Unknown values (preview) pass through untouched.
/// </summary>
internal static class AutoenrollmentPolicyCheck
{
    public static CheckResponse Check(Struct news)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedInputs = new Struct();

        foreach (var key in news.Fields.Keys.Where(k => !Keys.Contains(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures[key] = $"'{key}' is not an input of AutoenrollmentPolicy; known inputs: {string.Join(", ", Keys)}.";
        }

        CheckString(news, checkedInputs, failures, GpoNameKey);
        CheckGpoId(news, checkedInputs, failures);
        var nameGiven = news.Fields.TryGetValue(GpoNameKey, out var n) && !ValueComparison.IsAbsent(n);
        var idGiven = news.Fields.TryGetValue(GpoIdKey, out var i) && !ValueComparison.IsAbsent(i);
        if (!nameGiven && !idGiven)
        {
            failures.TryAdd(GpoNameKey, "set 'gpoName' (the GPO's display name) or 'gpoId' (its GUID) to say which GPO holds the policy.");
        }

        CheckEnum<PolicyScope>(news, checkedInputs, failures, ScopeKey, PolicyScope.User);
        var model = CheckEnum<ConfigurationModel>(news, checkedInputs, failures, ConfigurationModelKey, ConfigurationModel.Enabled);
        CheckBox(news, checkedInputs, failures, RenewKey, model);
        CheckBox(news, checkedInputs, failures, UpdateKey, model);
        AutoenrollmentPolicyNotificationCheck.Check(news, checkedInputs, failures);

        foreach (var failure in Validate(news, checkedInputs))
        {
            failures.TryAdd(failure.Field, failure.Message);
        }

        var response = new CheckResponse();
        if (failures.Count > 0)
        {
            response.Failures.AddRange(failures.Select(f => new CheckFailure { Property = f.Key, Reason = f.Value }));
            return response;
        }

        // Normalising must not drop secretness: the checked inputs are what the state stores.
        foreach (var (key, value) in news.Fields.Where(f => PropertyValues.IsSecret(f.Value)).ToList())
        {
            if (checkedInputs.Fields.TryGetValue(key, out var normalised) && !PropertyValues.IsSecret(normalised))
            {
                checkedInputs.Fields[key] = PropertyValues.Secret(normalised);
            }
        }

        response.Inputs = checkedInputs;
        return response;
    }

    internal static bool ContainsUnknown(Value value) =>
        PropertyValues.IsUnknown(value) || PropertyValues.Unwrap(value) switch
        {
            { KindCase: Value.KindOneofCase.StructValue } s => s.StructValue.Fields.Values.Any(ContainsUnknown),
            { KindCase: Value.KindOneofCase.ListValue } l => l.ListValue.Values.Any(ContainsUnknown),
            _ => false,
        };

    /// <summary>The GroupPolicy library's rules, on whatever part of the inputs is known.</summary>
    private static IEnumerable<ValidationFailure> Validate(Struct news, Struct checkedInputs)
    {
        var target = new[] { GpoNameKey, GpoIdKey }.Select(k => news.Fields.GetValueOrDefault(k)).ToList();
        if (!target.Any(v => v is not null && PropertyValues.IsUnknown(v)))
        {
            string? Text(Value? v) => ValueComparison.IsAbsent(v) ? null : PropertyValues.Unwrap(v!).StringValue;
            foreach (var failure in AutoenrollmentValidator.ValidateTarget(Text(target[0]), Text(target[1])))
            {
                yield return failure;
            }
        }

        var settingKeys = new[] { ConfigurationModelKey, RenewKey, UpdateKey, ExpirationNotificationKey };
        if (settingKeys.All(k => !checkedInputs.Fields.TryGetValue(k, out var v) || !ContainsUnknown(v))
            && checkedInputs.Fields.ContainsKey(ConfigurationModelKey) && checkedInputs.Fields.ContainsKey(RenewKey) && checkedInputs.Fields.ContainsKey(UpdateKey))
        {
            var settings = FromStruct(checkedInputs).Settings;
            foreach (var failure in AutoenrollmentValidator.ValidateSettings(settings))
            {
                yield return failure;
            }
        }
    }

    private static bool TryTake(Struct news, Struct output, string key, out Value value)
    {
        value = new Value();
        if (!news.Fields.TryGetValue(key, out var raw) || ValueComparison.IsAbsent(raw))
        {
            return false;
        }

        if (PropertyValues.IsUnknown(raw))
        {
            output.Fields[key] = raw;
            return false;
        }

        value = PropertyValues.Unwrap(raw);
        return true;
    }

    private static void CheckString(Struct news, Struct output, Dictionary<string, string> failures, string key)
    {
        if (!TryTake(news, output, key, out var value))
        {
            return;
        }

        if (!ValueParsing.TryGetString(value, out var text) || text.Trim().Length == 0)
        {
            failures[key] = $"'{key}' must be a non-empty string.";
            return;
        }

        output.Fields[key] = Value.ForString(text);
    }

    private static void CheckGpoId(Struct news, Struct output, Dictionary<string, string> failures)
    {
        if (!TryTake(news, output, GpoIdKey, out var value))
        {
            return;
        }

        if (!ValueParsing.TryGetString(value, out var text) || !Guid.TryParse(text, out var id))
        {
            failures[GpoIdKey] = "'gpoId' must be a GUID such as {31B2F340-016D-11D2-945F-00C04FB984F9}; use 'gpoName' to name the GPO instead.";
            return;
        }

        output.Fields[GpoIdKey] = Value.ForString(GpoTarget.FormatId(id));
    }

    private static TEnum? CheckEnum<TEnum>(Struct news, Struct output, Dictionary<string, string> failures, string key, TEnum fallback)
        where TEnum : struct, System.Enum
    {
        if (!news.Fields.TryGetValue(key, out var raw) || ValueComparison.IsAbsent(raw))
        {
            output.Fields[key] = Value.ForString(fallback.ToString());
            return fallback;
        }

        if (!TryTake(news, output, key, out var value))
        {
            return null; // unknown in preview
        }

        if (!ValueParsing.TryGetString(value, out var text) || !System.Enum.TryParse<TEnum>(text, true, out var parsed) || int.TryParse(text, out _))
        {
            failures[key] = $"'{key}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.";
            return null;
        }

        output.Fields[key] = Value.ForString(parsed.ToString());
        return parsed;
    }

    private static void CheckBox(Struct news, Struct output, Dictionary<string, string> failures, string key, ConfigurationModel? model)
    {
        if (!news.Fields.TryGetValue(key, out var raw) || ValueComparison.IsAbsent(raw))
        {
            // The dialog greys the boxes out when Disabled; an unknown model leaves the default unknown.
            output.Fields[key] = model is { } m ? Value.ForBool(m == ConfigurationModel.Enabled) : PropertyValues.Unknown(Sentinels.UnknownBool);
            return;
        }

        if (!TryTake(news, output, key, out var value))
        {
            return;
        }

        if (!ValueParsing.TryGetBool(value, out var flag))
        {
            failures[key] = $"'{key}' must be true or false.";
            return;
        }

        output.Fields[key] = Value.ForBool(flag);
    }
}
