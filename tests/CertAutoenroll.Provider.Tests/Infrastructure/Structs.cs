using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>Builds property Structs the way the engine marshals them.</summary>
internal static class Structs
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    public static Struct Of(params (string Key, object? Value)[] fields)
    {
        var result = new Struct();
        foreach (var (key, value) in fields)
        {
            result.Fields[key] = ToValue(value);
        }

        return result;
    }

    public static Value Secret(object? value) =>
        Value.ForStruct(Of((SignatureKey, SecretSignature), ("value", value)));

    public static Value Unknown() => Value.ForString(UnknownString);

    public static bool IsUnknown(Value value) =>
        value.KindCase == Value.KindOneofCase.StringValue && KnownUnknowns.Contains(value.StringValue);

    public static bool IsSecret(Value value) =>
        value.KindCase == Value.KindOneofCase.StructValue
        && value.StructValue.Fields.TryGetValue(SignatureKey, out var sig) && sig.StringValue == SecretSignature;

    public static Value ToValue(object? value) => value switch
    {
        null => Value.ForNull(),
        Value v => v,
        string s => Value.ForString(s),
        bool b => Value.ForBool(b),
        int i => Value.ForNumber(i),
        double d => Value.ForNumber(d),
        Struct s => Value.ForStruct(s),
        IEnumerable<string> list => Value.ForList([.. list.Select(Value.ForString)]),
        _ => throw new ArgumentException($"unsupported {value.GetType()}"),
    };

    private static readonly HashSet<string> KnownUnknowns =
    [
        UnknownString,
        "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
        "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];
}
