namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>The half of a GPO: User Configuration (HKCU, User\Registry.pol) or Computer Configuration (HKLM, Machine\Registry.pol).</summary>
public enum GpoSection
{
    User,
    Machine,
}
