using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// Builds the base64 UTF-8 JSON argument the scripts decode themselves, so user text never
/// becomes script text. Shape: <c>{"keyPath","aePolicyValueName","server"?,"items":[{"gpoName"|"gpoId","domain","scope",…}]}</c>:
/// the key and value names come from <see cref="AutoenrollmentRegistry"/>, so the scripts spell none of them.
/// </summary>
internal static class ScriptRequest
{
    /// <param name="server">The DC every cmdlet gets as <c>-Server</c>; null: the script uses the connected DC's own name.</param>
    public static string Read(IReadOnlyList<(GpoTarget Target, PolicyScope Scope)> items, string? server = null) =>
        Build(items, server, static (_, _) => { });

    public static string Remove(GpoTarget target, PolicyScope scope, string? server = null) =>
        Build([(target, scope)], server, static (writer, _) => WriteOwnedNames(writer));

    public static string Apply(GpoTarget target, PolicyScope scope, AutoenrollmentSettings settings, string? server = null)
    {
        var values = AutoenrollmentRegistryMapping.ToRegistryValues(settings);
        return Build([(target, scope)], server, (writer, _) =>
        {
            writer.WriteNumber("aePolicy", AutoenrollmentRegistryMapping.ToAePolicy(settings));
            writer.WriteNumber("knownAePolicyBits", AePolicyBits.Known);
            writer.WriteStartArray("values");
            foreach (var value in values.Where(v => v.Name != AutoenrollmentRegistry.AePolicyValueName))
            {
                writer.WriteStartObject();
                writer.WriteString("name", value.Name);
                writer.WriteString("type", value.Kind.ToString());
                switch (value.Data)
                {
                    case uint number:
                        writer.WriteNumber("data", number);
                        break;
                    case string text:
                        writer.WriteString("data", text);
                        break;
                    default:
                        throw new InvalidOperationException($"The model never writes {value.Kind} values.");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteOwnedNames(writer);
        });
    }

    private static string Build(
        IReadOnlyList<(GpoTarget Target, PolicyScope Scope)> items,
        string? server,
        Action<Utf8JsonWriter, (GpoTarget Target, PolicyScope Scope)> writeExtra)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("keyPath", AutoenrollmentRegistry.KeyPath);
            writer.WriteString("aePolicyValueName", AutoenrollmentRegistry.AePolicyValueName);
            if (server is not null)
            {
                writer.WriteString("server", server);
            }

            writer.WriteStartArray("items");
            foreach (var item in items)
            {
                writer.WriteStartObject();
                if (item.Target.Id is { } id)
                {
                    writer.WriteString("gpoId", GpoTarget.FormatId(id));
                }
                else
                {
                    writer.WriteString("gpoName", item.Target.Name);
                }

                if (item.Target.Domain is { } domain)
                {
                    writer.WriteString("domain", domain);
                }

                writer.WriteString("scope", item.Scope.ToString());
                writeExtra(writer, item);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOwnedNames(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("ownedValueNames");
        foreach (var name in AutoenrollmentRegistry.OwnedValueNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}
