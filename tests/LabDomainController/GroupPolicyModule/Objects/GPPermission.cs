namespace Microsoft.GroupPolicy;

/// <summary>One trustee's permission level on a GPO, as Get-GPPermission writes it [doc: GPPermission class].</summary>
public sealed class GPPermission
{
    public required GPPermissionType Permission { get; init; }

    public required GPTrustee Trustee { get; init; }

    /// <summary>Set for a deny ACE.</summary>
    public required bool Denied { get; init; }

    public required bool Inherited { get; init; }

    /// <summary>Always true for GPO permissions [doc: IGPMPermission Inheritable].</summary>
    public bool Inheritable => true;

    public override string ToString() => $"{Trustee}: {Permission}";
}
