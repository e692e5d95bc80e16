namespace Microsoft.GroupPolicy.Commands;

/// <summary>-TargetType of Get-GPPermission and Set-GPPermission [doc: Computer, User, Group].</summary>
public enum PermissionTrusteeType
{
    Computer,
    User,
    Group,
}
