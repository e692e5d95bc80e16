namespace Microsoft.GroupPolicy;

/// <summary>New-GPLink -LinkEnabled.</summary>
public enum EnableLink
{
    Unspecified,
    Yes,
    No,
}
