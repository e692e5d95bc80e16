namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>Which halves of a GPO apply; the names of Microsoft.GroupPolicy.GpoStatus.</summary>
public enum GpoStatus
{
    AllSettingsEnabled,
    UserSettingsDisabled,
    ComputerSettingsDisabled,
    AllSettingsDisabled,
}
