namespace Microsoft.GroupPolicy;

/// <summary>Which halves of a GPO are enabled (the groupPolicyContainer's flags attribute).</summary>
public enum GpoStatus
{
    AllSettingsEnabled = 0,
    UserSettingsDisabled = 1,
    ComputerSettingsDisabled = 2,
    AllSettingsDisabled = 3,
}
