namespace Microsoft.GroupPolicy;

/// <summary>What Get-GPInheritance returns: a domain or OU and its links.</summary>
public sealed class Som
{
    public required string Name { get; init; }

    /// <summary><c>Domain</c> or <c>OU</c>.</summary>
    public required string ContainerType { get; init; }

    public required string Path { get; init; }

    public required bool GpoInheritanceBlocked { get; init; }

    /// <summary>Every GPO linked here, enabled or not, in link order.</summary>
    public required IReadOnlyList<GpoLink> GpoLinks { get; init; }

    /// <summary>The enabled links that apply here, highest precedence first.</summary>
    public required IReadOnlyList<GpoLink> InheritedGpoLinks { get; init; }

    public override string ToString() => Name;
}
