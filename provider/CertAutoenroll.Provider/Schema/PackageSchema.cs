namespace CertAutoenroll.Provider.Schema;

/// <summary>The package schema (provider/schema.json, embedded).</summary>
internal static class PackageSchema
{
    private const string ResourceName = "CertAutoenroll.Provider.schema.json";
    private static readonly Lazy<string> Json = new(Load);

    public static string Text => Json.Value;

    private static string Load()
    {
        using var stream = typeof(PackageSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
