using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Resources.Common;

/// <summary>
/// The pair of inputs that names a GPO, <c>gpoName</c> or <c>gpoId</c> (exactly one), shared by
/// the resources that act on an existing GPO: their table rows, the either-or rule, and the diff
/// rule that the same GPO named the other way is no change.
/// </summary>
internal static class GpoReference
{
    public const string NameKey = "gpoName";
    public const string IdKey = "gpoId";

    public static readonly StringRule IdRule = new(
        text => Guid.TryParse(text, out var id) ? GpoTarget.FormatId(id) : null,
        "'gpoId' must be a GUID such as {31B2F340-016D-11D2-945F-00C04FB984F9}; use 'gpoName' to name the GPO instead.");

    public static PropertySpec NameSpec(string description, bool replaceOnChange) => new()
    {
        Name = NameKey,
        Kind = PropertyKind.String,
        Description = description,
        OutputDescription = "Display name of the GPO, resolved on the DC.",
        ReplaceOnChange = replaceOnChange,
        ResolvedWhenAbsent = true,
        AlwaysInOutputs = true,
    };

    public static PropertySpec IdSpec(string description, bool replaceOnChange) => new()
    {
        Name = IdKey,
        Kind = PropertyKind.String,
        Description = description,
        OutputDescription = "GUID of the GPO, resolved on the DC, upper case in braces.",
        Rule = IdRule,
        ReplaceOnChange = replaceOnChange,
        ResolvedWhenAbsent = true,
        AlwaysInOutputs = true,
    };

    /// <summary>Exactly one of the two, each well formed (skipped while either is unknown).</summary>
    public static IEnumerable<InputFailure> Validate(Struct news)
    {
        var name = news.Fields.GetValueOrDefault(NameKey);
        var id = news.Fields.GetValueOrDefault(IdKey);
        if (ValueComparison.IsAbsent(name) && ValueComparison.IsAbsent(id))
        {
            yield return new InputFailure(NameKey, "set 'gpoName' (the GPO's display name) or 'gpoId' (its GUID) to say which GPO is meant.");
            yield break;
        }

        if (PropertyValues.IsUnknown(name) || PropertyValues.IsUnknown(id))
        {
            yield break;
        }

        foreach (var failure in AutoenrollmentValidator.ValidateTarget(Text(name), Text(id)))
        {
            yield return new InputFailure(failure.Field, failure.Message);
        }
    }

    /// <summary>The GPO the checked inputs name, by id when given.</summary>
    public static GpoTarget Target(PropertyTable table, Struct inputs, string? domain) =>
        table.Text(inputs, IdKey) is { } id && Guid.TryParse(id, out var guid)
            ? GpoTarget.ById(guid, domain)
            : GpoTarget.ByName(table.Text(inputs, NameKey) ?? string.Empty, domain);

    /// <summary>Both keys, when the new inputs name the GPO the old outputs resolved to.</summary>
    public static IReadOnlySet<string>? SameGpo(Struct news, Struct oldOutputs)
    {
        if (PropertyValues.IsUnknown(news.Fields.GetValueOrDefault(IdKey)) || PropertyValues.IsUnknown(news.Fields.GetValueOrDefault(NameKey)))
        {
            return null;
        }

        var newId = KnownText(news, IdKey);
        var newName = KnownText(news, NameKey);
        var oldId = KnownText(oldOutputs, IdKey);
        var oldName = KnownText(oldOutputs, NameKey);
        var same = newId is not null
            ? oldId is not null && Guid.TryParse(newId, out var a) && Guid.TryParse(oldId, out var b) && a == b
            : newName is not null && oldName is not null && string.Equals(newName, oldName, StringComparison.OrdinalIgnoreCase);
        return same ? new HashSet<string>(StringComparer.Ordinal) { NameKey, IdKey } : null;
    }

    private static string? Text(Value? value) => ValueComparison.IsAbsent(value) ? null : PropertyValues.Unwrap(value!).StringValue;

    private static string? KnownText(Struct values, string key) =>
        values.Fields.TryGetValue(key, out var raw) && !PropertyValues.IsUnknown(raw)
        && PropertyValues.Unwrap(raw) is { KindCase: Value.KindOneofCase.StringValue } text && text.StringValue.Length > 0
            ? text.StringValue
            : null;
}
