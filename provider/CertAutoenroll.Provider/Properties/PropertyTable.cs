using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Properties;

/// <summary>The properties of one resource type, in the order Check reports and Diff lists them.</summary>
internal sealed class PropertyTable
{
    private readonly Dictionary<string, PropertySpec> _byName;

    public PropertyTable(string token, string description, IReadOnlyList<PropertySpec> properties)
    {
        Token = token;
        Description = description;
        Properties = properties;
        _byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The resource type token, e.g. <c>certautoenroll:index:GroupPolicy</c>.</summary>
    public string Token { get; }

    /// <summary>The type name users see: the token's last part.</summary>
    public string TypeName => Token[(Token.LastIndexOf(':') + 1)..];

    public string Description { get; }

    public IReadOnlyList<PropertySpec> Properties { get; }

    public IEnumerable<PropertySpec> Inputs => Properties.Where(p => p.IsInput);

    public PropertySpec this[string name] => _byName[name];

    public bool IsInput(string name) => _byName.TryGetValue(name, out var spec) && spec.IsInput;

    /// <summary>
    /// The plain value of a checked input, or its table default when absent (one defaulting rule,
    /// also for inputs that never went through Check, such as stored state).
    /// </summary>
    public Value? ValueOrDefault(Struct inputs, string name) => ValueOrDefault(inputs, this[name]);

    /// <summary>The same rule for a field of a nested object.</summary>
    public static Value? ValueOrDefault(Struct values, PropertySpec spec) =>
        values.Fields.TryGetValue(spec.Name, out var raw) && !ValueComparison.IsAbsent(raw)
            ? PropertyValues.Unwrap(raw)
            : spec.Default?.ValueFor(values);

    public string? Text(Struct inputs, string name) =>
        ValueOrDefault(inputs, name) is { KindCase: Value.KindOneofCase.StringValue } text && !PropertyValues.IsUnknown(text) ? text.StringValue : null;

    public bool? Flag(Struct inputs, string name) =>
        ValueOrDefault(inputs, name) is { } value && ValueParsing.TryGetBool(value, out var flag) ? flag : null;

    public int? Number(Struct inputs, string name) =>
        ValueOrDefault(inputs, name) is { } value && ValueParsing.TryGetInt(value, out var number) ? number : null;

    /// <summary>A checked input that always has a value (required or defaulted).</summary>
    public string RequireText(Struct inputs, string name) => Text(inputs, name) ?? throw Unchecked(name);

    public bool RequireFlag(Struct inputs, string name) => Flag(inputs, name) ?? throw Unchecked(name);

    public TEnum? Enum<TEnum>(Struct inputs, string name)
        where TEnum : struct, System.Enum =>
        EnumRule.TryParse<TEnum>(Text(inputs, name), out var value) ? value : null;

    private InvalidOperationException Unchecked(string name) => new($"{TypeName}.{name} was not checked: Check writes every required or defaulted input");
}
