namespace Pulumi.CertAutoenroll.Outputs;

/// <summary>A value under the policy key that the model does not know, reported as found.</summary>
[OutputType]
public sealed class UnmanagedRegistryValue
{
    [OutputConstructor]
    private UnmanagedRegistryValue(string name, string kind, string data)
    {
        Name = name;
        Kind = kind;
        Data = data;
    }

    /// <summary>The value name.</summary>
    public string Name { get; }

    /// <summary>The registry type, e.g. <c>DWord</c> or <c>String</c>.</summary>
    public string Kind { get; }

    /// <summary>The data as text.</summary>
    public string Data { get; }
}
