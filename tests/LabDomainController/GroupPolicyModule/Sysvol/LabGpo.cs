namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>
/// A GPO of the lab domain as tests see it: the AD side (<see cref="DirectoryVersion"/>, extension names, links)
/// and the SYSVOL side (<see cref="SysvolVersion"/> from GPT.INI).
/// </summary>
public sealed record LabGpo(
    Guid Id,
    string DisplayName,
    string Description,
    GpoVersion DirectoryVersion,
    GpoVersion SysvolVersion,
    string UserExtensionNames,
    string MachineExtensionNames,
    IReadOnlyList<LabGpoLink> Links)
{
    public string ExtensionNames(GpoSection section) =>
        section == GpoSection.User ? UserExtensionNames : MachineExtensionNames;
}

/// <summary>A link of a GPO to a container of the lab domain.</summary>
public sealed record LabGpoLink(string Target, bool Enabled, bool Enforced, int Order);
