namespace Microsoft.GroupPolicy;

/// <summary>What New-GPLink returns.</summary>
public sealed class GpoLink
{
    public required Guid GpoId { get; init; }

    public required string DisplayName { get; init; }

    public required bool Enabled { get; init; }

    public required bool Enforced { get; init; }

    public required string Target { get; init; }

    public required int Order { get; init; }
}
