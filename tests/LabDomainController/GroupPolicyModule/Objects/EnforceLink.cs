namespace Microsoft.GroupPolicy;

/// <summary>New-GPLink -Enforced.</summary>
public enum EnforceLink
{
    Unspecified,
    Yes,
    No,
}
