using System.Globalization;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Registry;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyInputs;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>Output properties: every input, plus what the DC resolved or holds.</summary>
internal static class AutoenrollmentPolicyOutputs
{
    public const string DomainKey = "domain";
    public const string AePolicyKey = "aePolicy";
    public const string RegistryKeyKey = "registryKey";
    public const string UnmanagedValuesKey = "unmanagedValues";

    /// <summary>Outputs from the DC's answer; <paramref name="inputs"/> supplies the rest of the inputs.</summary>
    public static Struct FromState(Struct inputs, PolicyState state)
    {
        var outputs = inputs.Clone();
        outputs.Fields[GpoIdKey] = Value.ForString(GpoTarget.FormatId(state.GpoId));
        outputs.Fields[GpoNameKey] = Value.ForString(state.GpoName);
        outputs.Fields[ScopeKey] = Value.ForString(state.Scope.ToString());
        if (state.Settings is { } settings)
        {
            WriteSettings(outputs, settings);
        }

        outputs.Fields[DomainKey] = Value.ForString(state.Domain);
        outputs.Fields[AePolicyKey] = state.AePolicy is { } ae ? Value.ForNumber(ae) : Value.ForNull();
        outputs.Fields[RegistryKeyKey] = Value.ForString(state.RegistryKey);
        outputs.Fields[UnmanagedValuesKey] = Value.ForList([.. state.UnmanagedValues.Select(ToValue)]);
        return outputs;
    }

    /// <summary>
    /// Preview outputs, computed without the DC: what only the DC knows is unknown, unless
    /// <paramref name="previous"/> (an update's old outputs) already holds it.
    /// </summary>
    public static Struct Preview(Struct inputs, Struct? previous)
    {
        var outputs = inputs.Clone();
        Struct? prior = previous is { Fields.Count: > 0 } ? previous : null;
        foreach (var key in new[] { GpoIdKey, GpoNameKey, DomainKey, UnmanagedValuesKey })
        {
            var known = inputs.Fields.TryGetValue(key, out var given) && !PropertyValues.IsUnknown(given) && !ValueComparison.IsAbsent(given);
            if (!known)
            {
                outputs.Fields[key] = prior?.Fields.GetValueOrDefault(key)
                    ?? PropertyValues.Unknown(key == UnmanagedValuesKey ? Sentinels.UnknownArray : Sentinels.UnknownString);
            }
        }

        if (prior is not null && inputs.Fields.TryGetValue(GpoIdKey, out var gpoId) && !PropertyValues.IsUnknown(gpoId)
            && prior.Fields.TryGetValue(GpoIdKey, out var priorId) && priorId.StringValue == gpoId.StringValue && prior.Fields.TryGetValue(GpoNameKey, out var priorName))
        {
            outputs.Fields[GpoNameKey] = priorName;
        }

        var computable = Keys.Where(k => k is ConfigurationModelKey or RenewKey or UpdateKey)
            .All(k => inputs.Fields.TryGetValue(k, out var v) && !PropertyValues.IsUnknown(v));
        // Bits the model does not know survive an apply, so an update keeps the ones the DC had.
        var keptBits = prior?.Fields.TryGetValue(AePolicyKey, out var priorAe) == true && priorAe.KindCase == Value.KindOneofCase.NumberValue
            ? (uint)priorAe.NumberValue & ~AePolicyBits.Known
            : 0;
        outputs.Fields[AePolicyKey] = computable
            ? Value.ForNumber(AePolicy(FromStruct(inputs).Settings) | keptBits)
            : PropertyValues.Unknown(Sentinels.UnknownNumber);
        outputs.Fields[RegistryKeyKey] = inputs.Fields.TryGetValue(ScopeKey, out var scope) && !PropertyValues.IsUnknown(scope)
            ? Value.ForString(RegistryKey(FromStruct(inputs).Scope))
            : PropertyValues.Unknown();
        return outputs;
    }

    /// <summary>The AEPolicy DWORD the dialog writes for these settings (bits the DC holds beyond the model are not predicted).</summary>
    public static uint AePolicy(AutoenrollmentSettings settings) => AutoenrollmentRegistryMapping.ToAePolicy(settings);

    public static string RegistryKey(PolicyScope scope) => AutoenrollmentRegistry.FullKeyPath(scope);

    private static Value ToValue(PolicyRegistryValue value) =>
        Value.ForStruct(new Struct
        {
            Fields =
            {
                ["name"] = Value.ForString(value.Name),
                ["kind"] = Value.ForString(value.Kind.ToString()),
                ["data"] = Value.ForString(DataText(value.Data)),
            },
        });

    private static string DataText(object data) => data switch
    {
        string[] strings => string.Join('\n', strings),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => data.ToString() ?? string.Empty,
    };
}
