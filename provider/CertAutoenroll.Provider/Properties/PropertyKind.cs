namespace CertAutoenroll.Provider.Properties;

/// <summary>The wire and schema type of a property.</summary>
internal enum PropertyKind
{
    String,
    Boolean,
    Integer,

    /// <summary>A string from a fixed set (<see cref="PropertySpec.Enum"/>), stored by its canonical name.</summary>
    Enum,

    /// <summary>A nested object (<see cref="PropertySpec.Object"/>).</summary>
    Object,

    StringList,

    /// <summary>A list of nested objects (<see cref="PropertySpec.Object"/> describes one item).</summary>
    ObjectList,
}

/// <summary>Who sets a property: the program (input), the provider (output), or both.</summary>
internal enum PropertyRole
{
    /// <summary>An input, echoed in the outputs.</summary>
    Input,

    /// <summary>Set only by the provider from what the DC holds.</summary>
    Output,
}
