using CertAutoenroll.Provider.Resources;

namespace CertAutoenroll.Provider.Schema;

/// <summary>The package schema served by GetSchema: generated once from the registry (provider/schema.json is the same text).</summary>
internal sealed class PackageSchema(ResourceRegistry registry)
{
    private readonly Lazy<string> _text = new(() => SchemaGenerator.Generate(registry));

    public string Text => _text.Value;
}
