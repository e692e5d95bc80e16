using System.Globalization;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Registry;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using static CertAutoenroll.Provider.Resources.AutoenrollmentPolicy.AutoenrollmentPolicyProperties;

namespace CertAutoenroll.Provider.Resources.AutoenrollmentPolicy;

/// <summary>Output properties: every input, plus what the DC resolved or holds.</summary>
internal static class AutoenrollmentPolicyOutputs
{
    /// <summary>Outputs from the DC's answer; <paramref name="inputs"/> supplies the rest of the inputs.</summary>
    public static Struct FromState(Struct inputs, PolicyState state)
    {
        var outputs = inputs.Clone();
        outputs.Fields[GpoIdKey] = Value.ForString(GpoTarget.FormatId(state.GpoId));
        outputs.Fields[GpoNameKey] = Value.ForString(state.GpoName);
        outputs.Fields[ScopeKey] = Value.ForString(state.Scope.ToString());
        if (state.Settings is { } settings)
        {
            AutoenrollmentPolicyInputs.WriteSettings(outputs, settings);
        }

        outputs.Fields[DomainKey] = Value.ForString(state.Domain);
        outputs.Fields[AePolicyKey] = state.AePolicy is { } ae ? Value.ForNumber(ae) : Value.ForNull();
        outputs.Fields[RegistryKeyKey] = Value.ForString(state.RegistryKey);
        outputs.Fields[UnmanagedValuesKey] = Value.ForList([.. state.UnmanagedValues.Select(ToValue)]);
        return outputs;
    }

    /// <summary>
    /// The preview values computed locally: the AEPolicy DWORD and the registry key. Bits the model
    /// does not know survive an apply, so an update keeps the ones the DC had.
    /// </summary>
    public static Value? Preview(string property, Struct inputs, Struct? previous)
    {
        switch (property)
        {
            case AePolicyKey:
                var computable = SettingKeys.Where(k => k != ExpirationNotificationKey)
                    .All(k => inputs.Fields.TryGetValue(k, out var v) && !PropertyValues.IsUnknown(v));
                var keptBits = previous?.Fields.TryGetValue(AePolicyKey, out var priorAe) == true && priorAe.KindCase == Value.KindOneofCase.NumberValue
                    ? (uint)priorAe.NumberValue & ~AePolicyBits.Known
                    : 0;
                return computable
                    ? Value.ForNumber(AutoenrollmentRegistryMapping.ToAePolicy(AutoenrollmentPolicyInputs.BoxesOf(inputs)) | keptBits)
                    : PropertyValues.Unknown(Sentinels.UnknownNumber);
            case RegistryKeyKey:
                return Table.Enum<PolicyScope>(inputs, ScopeKey) is { } scope
                    ? Value.ForString(AutoenrollmentRegistry.FullKeyPath(scope))
                    : PropertyValues.Unknown();
            default:
                return null;
        }
    }

    private static Value ToValue(PolicyRegistryValue value) =>
        Value.ForStruct(new Struct
        {
            Fields =
            {
                [ValueNameKey] = Value.ForString(value.Name),
                [ValueKindKey] = Value.ForString(value.Kind.ToString()),
                [ValueDataKey] = Value.ForString(DataText(value.Data)),
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
