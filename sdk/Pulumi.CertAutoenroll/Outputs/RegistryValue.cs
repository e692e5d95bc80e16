namespace Pulumi.CertAutoenroll.Outputs;

/// <summary>A registry value under the policy key that the resource does not model, reported as found.</summary>
[OutputType]
public sealed class RegistryValue
{
    [OutputConstructor]
    private RegistryValue(string name, string kind, string data)
    {
        Name = name;
        Kind = kind;
        Data = data;
    }

    /// <summary>Value name.</summary>
    public string Name { get; }

    /// <summary>Registry type: String, ExpandString, Binary, DWord, MultiString or QWord.</summary>
    public string Kind { get; }

    /// <summary>The data as text: a number for DWord/QWord, the strings joined by newlines for MultiString, base64 for Binary.</summary>
    public string Data { get; }
}
