using Microsoft.ActiveDirectory.Management;

namespace Microsoft.GroupPolicy;

/// <summary>
/// A security principal with a permission on a GPO [doc: GPTrustee class]: Name (the RDN, resolved from the SID),
/// Domain (NetBIOS), DSPath, Sid, SidType. Sid has the SecurityIdentifier members scripts read (<c>Value</c>).
/// </summary>
public sealed class GPTrustee
{
    public required string Name { get; init; }

    public required string? Domain { get; init; }

    public required string? DSPath { get; init; }

    public required LabSecurityIdentifier Sid { get; init; }

    public required SidType SidType { get; init; }

    public override string ToString() => Domain is { Length: > 0 } ? Domain + "\\" + Name : Name;
}
