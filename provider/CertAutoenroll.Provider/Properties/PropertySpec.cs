namespace CertAutoenroll.Provider.Properties;

/// <summary>
/// One row of a resource's property table: everything Check, Diff, preview and the schema need
/// to know about the property. Nothing else spells the property's name.
/// </summary>
internal sealed record PropertySpec
{
    public required string Name { get; init; }

    public required PropertyKind Kind { get; init; }

    public required string Description { get; init; }

    /// <summary>How the output is described when it says more than the input (e.g. "resolved on the DC").</summary>
    public string? OutputDescription { get; init; }

    public PropertyRole Role { get; init; } = PropertyRole.Input;

    /// <summary>A required input (schema <c>requiredInputs</c>); Check fails naming it when absent.</summary>
    public bool Required { get; init; }

    public PropertyDefault? Default { get; init; }

    /// <summary>A change replaces the resource instead of updating it.</summary>
    public bool ReplaceOnChange { get; init; }

    /// <summary>Always stored and returned as a secret.</summary>
    public bool Secret { get; init; }

    /// <summary>Always present in the outputs (schema <c>required</c> of the resource's properties).</summary>
    public bool AlwaysInOutputs { get; init; }

    /// <summary>For <see cref="PropertyKind.String"/>: "" is a value (e.g. an empty comment), not a mistake.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>For <see cref="PropertyKind.Integer"/>: the accepted range.</summary>
    public (int Min, int Max)? Range { get; init; }

    public StringRule? Rule { get; init; }

    public EnumSpec? Enum { get; init; }

    public ObjectSpec? Object { get; init; }

    /// <summary>An optional input the provider fills in from the DC when it is absent (a GPO's id when given its name).</summary>
    public bool ResolvedWhenAbsent { get; init; }

    public bool IsInput => Role == PropertyRole.Input;

    /// <summary>An output the DC reports, always present.</summary>
    public static PropertySpec Output(string name, PropertyKind kind, string description) => new()
    {
        Name = name,
        Kind = kind,
        Description = description,
        Role = PropertyRole.Output,
        AlwaysInOutputs = true,
    };

    /// <summary>A required string input, always present in the outputs.</summary>
    public static PropertySpec RequiredText(string name, string description, bool replaceOnChange) => new()
    {
        Name = name,
        Kind = PropertyKind.String,
        Description = description,
        Required = true,
        ReplaceOnChange = replaceOnChange,
        AlwaysInOutputs = true,
    };

    /// <summary>An optional boolean input with its default, always present in the outputs.</summary>
    public static PropertySpec Flag(string name, string description, PropertyDefault @default) => new()
    {
        Name = name,
        Kind = PropertyKind.Boolean,
        Description = description,
        Default = @default,
        AlwaysInOutputs = true,
    };
}
