using CertAutoenroll.Provider.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// Check driven by a property table: reads each input by its kind, applies the table's defaults,
/// writes the canonical spelling and reports one failure per bad property. Unknown values
/// (preview) pass through untouched. Rules that span several inputs come from the resource.
/// </summary>
internal static class TableCheck
{
    public static CheckResponse Check(PropertyTable table, Struct news, Func<Struct, Struct, IEnumerable<InputFailure>>? validate = null)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedInputs = new Struct();
        foreach (var key in news.Fields.Keys.Where(k => !table.IsInput(k) && !k.StartsWith("__", StringComparison.Ordinal)))
        {
            failures[key] = $"'{key}' is not an input of {table.TypeName}; known inputs: {string.Join(", ", table.Inputs.Select(p => p.Name))}.";
        }

        foreach (var spec in table.Inputs)
        {
            CheckOne(spec, news.Fields.GetValueOrDefault(spec.Name), checkedInputs, failures, spec.Name);
        }

        foreach (var failure in validate?.Invoke(news, checkedInputs) ?? [])
        {
            failures.TryAdd(failure.Property, failure.Reason);
        }

        var response = new CheckResponse();
        if (failures.Count > 0)
        {
            response.Failures.AddRange(failures.Select(f => new CheckFailure { Property = f.Key, Reason = f.Value }));
            return response;
        }

        // Normalising must not drop secretness: the checked inputs are what the state stores.
        foreach (var spec in table.Inputs)
        {
            if (checkedInputs.Fields.TryGetValue(spec.Name, out var normalised) && !PropertyValues.IsSecret(normalised) && !PropertyValues.IsUnknown(normalised)
                && (spec.Secret || PropertyValues.IsSecret(news.Fields.GetValueOrDefault(spec.Name))))
            {
                checkedInputs.Fields[spec.Name] = PropertyValues.Secret(normalised);
            }
        }

        response.Inputs = checkedInputs;
        return response;
    }

    private static void CheckOne(PropertySpec spec, Value? raw, Struct output, Dictionary<string, string> failures, string path)
    {
        if (ValueComparison.IsAbsent(raw))
        {
            if (spec.Required)
            {
                failures[path] = $"'{path}' is required: {spec.Description}";
            }
            else if (spec.Default is { } fallback)
            {
                output.Fields[spec.Name] = fallback.ValueFor(output);
            }

            return;
        }

        // An object's own fields are checked one by one (defaults apply around an unknown field).
        if (spec.Kind == PropertyKind.Object ? PropertyValues.IsUnknown(raw) : PropertyValues.ContainsUnknown(raw!))
        {
            output.Fields[spec.Name] = raw!;
            return;
        }

        var value = PropertyValues.Unwrap(raw!);
        var (result, failure) = spec.Kind switch
        {
            PropertyKind.String => String(spec, value, path),
            PropertyKind.Boolean => ValueParsing.TryGetBool(value, out var flag) ? (Value.ForBool(flag), null) : (null, $"'{path}' must be true or false."),
            PropertyKind.Integer => Integer(spec, value, path),
            PropertyKind.Enum => EnumRule.Canonical(ValueParsing.TryGetString(value, out var text) ? text : null, spec.Enum!.Names) is { } name
                ? (Value.ForString(name), null)
                : (null, $"'{path}' must be one of {string.Join(", ", spec.Enum!.Names)}."),
            PropertyKind.StringList => ValueParsing.TryGetStringList(value, out var items)
                ? (Value.ForList([.. items.Select(Value.ForString)]), null)
                : (null, $"'{path}' must be a list of strings such as [\"{spec.Default?.Constant?.ListValue.Values.FirstOrDefault()?.StringValue ?? "text"}\"]."),
            PropertyKind.Object => Object(spec.Object!, value, failures, path),
            PropertyKind.ObjectList => ObjectList(spec.Object!, value, failures, path),
            _ => throw new InvalidOperationException($"no check for {spec.Kind}"),
        };
        if (failure is not null)
        {
            failures[path] = failure;
        }

        if (result is not null)
        {
            output.Fields[spec.Name] = result;
        }
    }

    private static (Value?, string?) String(PropertySpec spec, Value value, string path)
    {
        if (!ValueParsing.TryGetString(value, out var text) || (!spec.AllowEmpty && text.Trim().Length == 0))
        {
            return (null, $"'{path}' must be a{(spec.AllowEmpty ? string.Empty : " non-empty")} string.");
        }

        if (spec.Rule is { } rule)
        {
            return rule.Normalize(text) is { } normal ? (Value.ForString(normal), null) : (null, rule.Failure);
        }

        return (Value.ForString(text), null);
    }

    private static (Value?, string?) Integer(PropertySpec spec, Value value, string path)
    {
        var range = spec.Range is { } r ? $" from {r.Min} to {r.Max}" : string.Empty;
        return ValueParsing.TryGetInt(value, out var number) && (spec.Range is not { } limits || (number >= limits.Min && number <= limits.Max))
            ? (Value.ForNumber(number), null)
            : (null, $"'{path}' must be a whole number{range}.");
    }

    private static (Value?, string?) Object(ObjectSpec type, Value value, Dictionary<string, string> failures, string path)
    {
        if (value.KindCase != Value.KindOneofCase.StructValue)
        {
            return (null, $"'{path}' must be an object with {string.Join(", ", type.Fields.Select(f => $"'{f.Name}'"))}.");
        }

        var fields = value.StructValue.Fields;
        foreach (var key in fields.Keys.Where(k => type.Fields.All(f => f.Name != k)))
        {
            failures[$"{path}.{key}"] = $"'{key}' is not a field of {path}; use {string.Join(", ", type.Fields.Select(f => $"'{f.Name}'"))}.";
        }

        var result = new Struct();
        foreach (var field in type.Fields)
        {
            CheckOne(field, fields.GetValueOrDefault(field.Name), result, failures, $"{path}.{field.Name}");
        }

        return (Value.ForStruct(result), null);
    }

    private static (Value?, string?) ObjectList(ObjectSpec type, Value value, Dictionary<string, string> failures, string path)
    {
        if (value.KindCase != Value.KindOneofCase.ListValue)
        {
            return (null, $"'{path}' must be a list of objects.");
        }

        var items = value.ListValue.Values.Select((item, i) => Object(type, PropertyValues.Unwrap(item), failures, $"{path}[{i}]")).ToList();
        var failure = items.Select(i => i.Item2).FirstOrDefault(f => f is not null);
        return failure is null ? (Value.ForList([.. items.Select(i => i.Item1!)]), null) : (null, failure);
    }
}

/// <summary>A failed input: the property path (<c>a.b</c>) and how to fix it.</summary>
internal sealed record InputFailure(string Property, string Reason);
