using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CertAutoenroll.Provider.Schema;

/// <summary>
/// Release facts stamped into the schema the engine receives: the one version ($(Version) in
/// Directory.Build.props, read from the assembly) and, when the release set one, the plugin
/// download URL. provider/schema.json itself carries neither, so it never goes stale.
/// </summary>
internal static class ReleaseStamp
{
    private const string DownloadUrlKey = "PluginDownloadUrl";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The assembly's version without build metadata, e.g. "0.1.0".</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The release's pluginDownloadURL, or null for a development build.</summary>
    public static string? PluginDownloadUrl { get; } = typeof(ReleaseStamp).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == DownloadUrlKey && !string.IsNullOrEmpty(a.Value))?.Value;

    public static string Apply(string schemaJson)
    {
        var schema = JsonNode.Parse(schemaJson)!.AsObject();
        var stamped = new JsonObject();
        foreach (var (name, value) in schema)
        {
            stamped[name] = value?.DeepClone();
            if (name == "name")
            {
                stamped["version"] = Version;
                if (PluginDownloadUrl is not null)
                {
                    stamped["pluginDownloadURL"] = PluginDownloadUrl;
                }
            }
        }

        return stamped.ToJsonString(Indented) + "\n";
    }

    private static string ReadVersion()
    {
        var assembly = typeof(ReleaseStamp).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? string.Empty;
    }
}
