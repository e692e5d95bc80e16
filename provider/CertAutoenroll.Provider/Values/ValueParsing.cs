using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Values;

/// <summary>
/// Lenient readers for plain (unwrapped) values: config and SDK-serialised inputs carry numbers
/// and booleans either typed or as JSON text ("5985", "true").
/// </summary>
internal static class ValueParsing
{
    public static bool TryGetString(Value value, out string text)
    {
        text = value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : string.Empty;
        return value.KindCase == Value.KindOneofCase.StringValue;
    }

    public static bool TryGetBool(Value value, out bool result)
    {
        result = false;
        return value.KindCase switch
        {
            Value.KindOneofCase.BoolValue => (result = value.BoolValue) || true,
            Value.KindOneofCase.StringValue => bool.TryParse(value.StringValue.Trim(), out result),
            _ => false,
        };
    }

    public static bool TryGetInt(Value value, out int result)
    {
        result = 0;
        switch (value.KindCase)
        {
            case Value.KindOneofCase.NumberValue:
                var number = value.NumberValue;
                if (number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue)
                {
                    return false;
                }

                result = (int)number;
                return true;
            case Value.KindOneofCase.StringValue:
                return int.TryParse(value.StringValue.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
            default:
                return false;
        }
    }

    /// <summary>A list, or a JSON array as text (how the .NET SDK serialises provider inputs).</summary>
    public static bool TryGetStringList(Value value, out IReadOnlyList<string> items)
    {
        items = [];
        var list = value.KindCase switch
        {
            Value.KindOneofCase.ListValue => value.ListValue,
            Value.KindOneofCase.StringValue when value.StringValue.TrimStart().StartsWith('[') => TryParseJsonList(value.StringValue),
            _ => null,
        };
        if (list is null)
        {
            return false;
        }

        var result = new List<string>();
        foreach (var item in list.Values)
        {
            var plain = PropertyValues.Unwrap(item);
            if (plain.KindCase != Value.KindOneofCase.StringValue)
            {
                return false;
            }

            result.Add(plain.StringValue);
        }

        items = result;
        return true;
    }

    private static ListValue? TryParseJsonList(string json)
    {
        try
        {
            return Google.Protobuf.JsonParser.Default.Parse<ListValue>(json);
        }
        catch (Google.Protobuf.InvalidJsonException)
        {
            return null;
        }
    }
}
