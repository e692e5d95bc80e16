namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>Registry value types as numbered in Registry.pol (MS-GPREG §2.2.1, winreg REG_* constants).</summary>
public enum RegistryPolValueType : uint
{
    None = 0,
    String = 1,
    ExpandString = 2,
    Binary = 3,
    DWord = 4,
    DWordBigEndian = 5,
    Link = 6,
    MultiString = 7,
    ResourceList = 8,
    FullResourceDescriptor = 9,
    ResourceRequirementsList = 10,
    QWord = 11,
}
