using System.Reflection;

namespace CertAutoenroll.Provider.Schema;

/// <summary>The package schema (provider/schema.json, embedded) and the plugin version.</summary>
internal static class PackageSchema
{
    private const string ResourceName = "CertAutoenroll.Provider.schema.json";
    private static readonly Lazy<string> Json = new(Load);

    public static string Text => Json.Value;

    /// <summary>The assembly's version without build metadata, e.g. "0.1.0".</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(PackageSchema).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? string.Empty;
        }
    }

    private static string Load()
    {
        using var stream = typeof(PackageSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
