using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Properties;
using CertAutoenroll.Provider.Resources;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Schema;

/// <summary>
/// The package schema, generated from the config rows and every registered resource's property
/// table. <c>provider/schema.json</c> is this text (see <see cref="SchemaCommand"/>); a test keeps them equal.
/// </summary>
internal static class SchemaGenerator
{
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Generate(ResourceRegistry registry)
    {
        var schema = PackageInfo.Header();
        schema["config"] = new JsonObject
        {
            ["variables"] = ConfigProperties(ConfigSchema.Keys),
            ["defaults"] = Names(ConfigSchema.Keys.Where(k => !k.Required).Select(k => k.Name)),
        };

        var types = new JsonObject();
        var resources = new JsonObject();
        foreach (var handler in registry.Handlers)
        {
            resources[handler.Table.Token] = Resource(handler.Table, types);
        }

        schema["types"] = types;
        schema["provider"] = new JsonObject
        {
            ["description"] = $"The provider type for the {PackageInfo.Name} package: how to reach the domain controller.",
            ["inputProperties"] = ConfigProperties(ConfigSchema.Keys),
            ["properties"] = ConfigProperties(ConfigSchema.Keys.Where(k => k.ProviderOutput && !k.Secret)),
            ["requiredInputs"] = Names(ConfigSchema.Keys.Where(k => k.Required).Select(k => k.Name)),
        };
        schema["resources"] = resources;
        return schema.ToJsonString(Format) + "\n";
    }

    private static JsonObject Resource(PropertyTable table, JsonObject types)
    {
        var resource = new JsonObject { ["description"] = table.Description };
        resource["properties"] = Properties(table.Properties, types, asInput: false);
        resource["required"] = Names(table.Properties.Where(p => p.AlwaysInOutputs).Select(p => p.Name));
        resource["inputProperties"] = Properties(table.Inputs, types, asInput: true);
        resource["requiredInputs"] = Names(table.Inputs.Where(p => p.Required).Select(p => p.Name));
        return resource;
    }

    private static JsonObject Properties(IEnumerable<PropertySpec> specs, JsonObject types, bool asInput)
    {
        var properties = new JsonObject();
        foreach (var spec in specs)
        {
            var property = TypeOf(spec, types);
            property["description"] = asInput ? spec.Description : spec.OutputDescription ?? spec.Description;
            if (asInput && spec.Default?.Constant is { } constant && Primitive(constant) is { } value)
            {
                property["default"] = value;
            }

            if (spec.ReplaceOnChange)
            {
                property["replaceOnChanges"] = true;
            }

            if (spec.Secret)
            {
                property["secret"] = true;
            }

            properties[spec.Name] = property;
        }

        return properties;
    }

    private static JsonObject TypeOf(PropertySpec spec, JsonObject types) => spec.Kind switch
    {
        PropertyKind.String => new JsonObject { ["type"] = "string" },
        PropertyKind.Boolean => new JsonObject { ["type"] = "boolean" },
        PropertyKind.Integer => new JsonObject { ["type"] = "integer" },
        PropertyKind.StringList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        PropertyKind.Enum => Reference(EnumType(spec.Enum!, types)),
        PropertyKind.Object => Reference(ObjectType(spec.Object!, types)),
        PropertyKind.ObjectList => new JsonObject { ["type"] = "array", ["items"] = Reference(ObjectType(spec.Object!, types)) },
        _ => throw new InvalidOperationException($"no schema type for {spec.Kind}"),
    };

    private static JsonObject Reference(string token) => new() { ["$ref"] = "#/types/" + token };

    private static string EnumType(EnumSpec spec, JsonObject types)
    {
        if (!types.ContainsKey(spec.Token))
        {
            var members = new JsonArray();
            foreach (var member in spec.Members)
            {
                JsonNode item = new JsonObject { ["name"] = member.Name, ["value"] = member.Name, ["description"] = member.Description };
                members.Add(item); // Add(JsonNode), not the reflection-based Add<T>: the provider is published with NativeAOT
            }

            types[spec.Token] = new JsonObject { ["type"] = "string", ["description"] = spec.Description, ["enum"] = members };
        }

        return spec.Token;
    }

    private static string ObjectType(ObjectSpec spec, JsonObject types)
    {
        if (!types.ContainsKey(spec.Token))
        {
            types[spec.Token] = null; // claimed first, so a type that refers to itself stops here
            var type = new JsonObject
            {
                ["type"] = "object",
                ["description"] = spec.Description,
                ["properties"] = Properties(spec.Fields, types, asInput: true),
            };
            var required = spec.Fields.Where(f => f.Required || f.AlwaysInOutputs).Select(f => f.Name).ToList();
            if (required.Count > 0)
            {
                type["required"] = Names(required);
            }

            types[spec.Token] = type;
        }

        return spec.Token;
    }

    private static JsonObject ConfigProperties(IEnumerable<ConfigSpec> keys)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            var property = new JsonObject
            {
                ["type"] = key.Kind switch { PropertyKind.Boolean => "boolean", PropertyKind.Integer => "integer", _ => "string" },
                ["description"] = key.Description,
            };
            if (key.Default is { } constant && Primitive(constant) is { } value)
            {
                property["default"] = value;
            }

            if (key.Secret)
            {
                property["secret"] = true;
            }

            if (key.Environment is { } variable)
            {
                property["defaultInfo"] = new JsonObject { ["environment"] = new JsonArray(variable) };
            }

            properties[key.Name] = property;
        }

        return properties;
    }

    /// <summary>Schema defaults are primitives only.</summary>
    private static JsonNode? Primitive(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.StringValue => value.StringValue,
        Value.KindOneofCase.BoolValue => value.BoolValue,
        Value.KindOneofCase.NumberValue when value.NumberValue == Math.Floor(value.NumberValue) => (long)value.NumberValue,
        Value.KindOneofCase.NumberValue => value.NumberValue,
        _ => null,
    };

    private static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => (JsonNode)n)]);
}
