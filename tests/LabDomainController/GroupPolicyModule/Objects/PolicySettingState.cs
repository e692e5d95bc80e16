namespace Microsoft.GroupPolicy;

/// <summary>Set = the value is configured; Delete = a <c>**del.</c> entry tells clients to delete it.</summary>
public enum PolicySettingState
{
    Set,
    Delete,
    Unknown,
}
