namespace CertAutoenroll.Provider.Properties;

/// <summary>An object type of the schema: its token, description and fields (checked like inputs).</summary>
internal sealed record ObjectSpec(string Token, string Description, IReadOnlyList<PropertySpec> Fields);
