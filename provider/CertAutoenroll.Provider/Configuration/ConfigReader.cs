using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>Typed access to one config Struct, collecting a failure per bad key.</summary>
internal sealed class ConfigReader(Struct config)
{
    public List<ConfigFailure> Failures { get; } = [];

    public bool HasUnknowns { get; private set; }

    public bool IsUnknown(string key) => config.Fields.TryGetValue(key, out var raw) && PropertyValues.IsUnknown(raw);

    public string? String(string key, string? environmentVariable = null)
    {
        var value = Plain(key);
        if (value is null)
        {
            var fallback = environmentVariable is null ? null : Environment.GetEnvironmentVariable(environmentVariable);
            return string.IsNullOrEmpty(fallback) ? null : fallback;
        }

        if (!ValueParsing.TryGetString(value, out var text))
        {
            Failures.Add(new ConfigFailure(key, $"'{key}' must be a string."));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    public bool? Bool(string key)
    {
        var value = Plain(key);
        if (value is null)
        {
            return null;
        }

        if (!ValueParsing.TryGetBool(value, out var result))
        {
            Failures.Add(new ConfigFailure(key, $"'{key}' must be true or false."));
            return null;
        }

        return result;
    }

    public int? Int(string key, int min, int max, string rangeText)
    {
        var value = Plain(key);
        if (value is null)
        {
            return null;
        }

        if (!ValueParsing.TryGetInt(value, out var result) || result < min || result > max)
        {
            Failures.Add(new ConfigFailure(key, $"'{key}' must be a whole number {rangeText}."));
            return null;
        }

        return result;
    }

    public TEnum? Enum<TEnum>(string key, string allowedText)
        where TEnum : struct, System.Enum
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (!EnumRule.TryParse<TEnum>(text, out var result))
        {
            Failures.Add(new ConfigFailure(key, $"'{key}' is '{text}'; use {allowedText}."));
            return null;
        }

        return result;
    }

    private Value? Plain(string key)
    {
        if (!config.Fields.TryGetValue(key, out var raw))
        {
            return null;
        }

        if (PropertyValues.IsUnknown(raw))
        {
            HasUnknowns = true;
            return null;
        }

        var value = PropertyValues.Unwrap(raw);
        return value.KindCase is Value.KindOneofCase.NullValue or Value.KindOneofCase.None ? null : value;
    }
}
