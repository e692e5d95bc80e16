// The emulated output types keep the real module's namespace, so type names that scripts
// see (GetType(), PSTypeNames) read as on Windows.
namespace Microsoft.GroupPolicy;

/// <summary>The object Get-GPO, New-GPO, Set-GPRegistryValue and Remove-GPRegistryValue return.</summary>
public sealed class Gpo
{
    public required string DisplayName { get; init; }

    public required string DomainName { get; init; }

    public required string Owner { get; init; }

    public required Guid Id { get; init; }

    /// <summary>The groupPolicyContainer's distinguished name.</summary>
    public required string Path { get; init; }

    public required string Description { get; init; }

    public required GpoStatus GpoStatus { get; init; }

    public required DateTime CreationTime { get; init; }

    public required DateTime ModificationTime { get; init; }

    public required UserConfiguration User { get; init; }

    public required ComputerConfiguration Computer { get; init; }

    public object? WmiFilter => null;

    public override string ToString() => DisplayName;
}
