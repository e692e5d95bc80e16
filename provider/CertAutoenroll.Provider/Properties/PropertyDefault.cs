using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// The value an absent input takes: a constant (also written to the schema), or one computed from
/// the inputs checked before it (e.g. a box that follows the configuration model).
/// </summary>
internal sealed class PropertyDefault
{
    private readonly Func<Struct, Value> _compute;

    private PropertyDefault(Value? constant, Func<Struct, Value> compute)
    {
        Constant = constant;
        _compute = compute;
    }

    /// <summary>Null when the default depends on other inputs.</summary>
    public Value? Constant { get; }

    public static PropertyDefault Of(string text) => Fixed(Value.ForString(text));

    public static PropertyDefault Of(bool flag) => Fixed(Value.ForBool(flag));

    public static PropertyDefault Of(int number) => Fixed(Value.ForNumber(number));

    public static PropertyDefault List(params string[] items) => Fixed(Value.ForList([.. items.Select(Value.ForString)]));

    /// <param name="compute">Gets the inputs checked so far; returns an unknown when what it depends on is unknown.</param>
    public static PropertyDefault Computed(Func<Struct, Value> compute) => new(null, compute);

    public Value ValueFor(Struct checkedSoFar) => _compute(checkedSoFar).Clone();

    private static PropertyDefault Fixed(Value value) => new(value, _ => value);
}
