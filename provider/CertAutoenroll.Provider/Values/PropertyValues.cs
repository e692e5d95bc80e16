using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Values;

/// <summary>Reading and writing the engine's property values: secrets, unknowns, references, outputs.</summary>
internal static class PropertyValues
{
    public static bool IsUnknown(Value? value)
    {
        if (value is null)
        {
            return false;
        }

        if (value.KindCase == Value.KindOneofCase.StringValue)
        {
            return Sentinels.UnknownValues.Contains(value.StringValue);
        }

        // An output value without "value" is an unknown output.
        return Signature(value) == Sentinels.OutputValueSignature
            && !value.StructValue.Fields.ContainsKey("value");
    }

    /// <summary>Unknown itself, or an object or list with an unknown somewhere inside.</summary>
    public static bool ContainsUnknown(Value value) =>
        IsUnknown(value) || Unwrap(value) switch
        {
            { KindCase: Value.KindOneofCase.StructValue } s => s.StructValue.Fields.Values.Any(ContainsUnknown),
            { KindCase: Value.KindOneofCase.ListValue } l => l.ListValue.Values.Any(ContainsUnknown),
            _ => false,
        };

    public static bool IsSecret(Value? value) => value is not null && (Signature(value) switch
    {
        Sentinels.SecretSignature => true,
        Sentinels.OutputValueSignature => value.StructValue.Fields.TryGetValue("secret", out var s) && s.BoolValue,
        _ => false,
    } || (Signature(value) is not null && value.StructValue.Fields.TryGetValue("value", out var inner) && IsSecret(inner)));

    /// <summary>
    /// The plain value underneath secret and output wrappers; a resource reference becomes its id
    /// (or URN when it has none), as the engine sends it to providers that do not take references.
    /// </summary>
    public static Value Unwrap(Value value)
    {
        while (true)
        {
            switch (Signature(value))
            {
                case Sentinels.SecretSignature:
                case Sentinels.OutputValueSignature when value.StructValue.Fields.ContainsKey("value"):
                    value = value.StructValue.Fields["value"];
                    continue;
                case Sentinels.ResourceReferenceSignature:
                    var fields = value.StructValue.Fields;
                    return fields.TryGetValue("id", out var id) && id.StringValue.Length > 0 ? id : fields["urn"];
                default:
                    return value;
            }
        }
    }

    public static Value Secret(Value value) =>
        Value.ForStruct(new Struct
        {
            Fields =
            {
                [Sentinels.SignatureKey] = Value.ForString(Sentinels.SecretSignature),
                ["value"] = value,
            },
        });

    public static Value Unknown(string sentinel = Sentinels.UnknownString) => Value.ForString(sentinel);

    /// <summary>Canonical text of a value without its wrappers, object keys sorted, for equality in diffs.</summary>
    public static string Canonical(Value value)
    {
        var plain = Unwrap(value);
        return plain.KindCase switch
        {
            Value.KindOneofCase.StructValue => "{" + string.Join(",", plain.StructValue.Fields
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => Google.Protobuf.JsonFormatter.Default.Format(Value.ForString(f.Key)) + ":" + Canonical(f.Value))) + "}",
            Value.KindOneofCase.ListValue => "[" + string.Join(",", plain.ListValue.Values.Select(Canonical)) + "]",
            _ => Google.Protobuf.JsonFormatter.Default.Format(plain),
        };
    }

    private static string? Signature(Value value) =>
        value.KindCase == Value.KindOneofCase.StructValue
        && value.StructValue.Fields.TryGetValue(Sentinels.SignatureKey, out var sig)
        && sig.KindCase == Value.KindOneofCase.StringValue
            ? sig.StringValue
            : null;
}
