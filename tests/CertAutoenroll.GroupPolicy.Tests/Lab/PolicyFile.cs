using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.GroupPolicyModule.Sysvol;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;

namespace CertAutoenroll.GroupPolicy.Tests.Lab;

/// <summary>What a GPO's Registry.pol holds under the policy key, read without PowerShell.</summary>
internal static class PolicyFile
{
    public static GpoSection SectionOf(PolicyScope scope) => scope == PolicyScope.User ? GpoSection.User : GpoSection.Machine;

    /// <summary>value name → (type, decoded data) for the entries directly under the policy key.</summary>
    public static IReadOnlyDictionary<string, (RegistryPolValueType Type, object Data)> Values(string dataDirectory, Guid id, PolicyScope scope) =>
        LabSysvol.ReadRegistryPol(dataDirectory, id, SectionOf(scope))
            .Where(e => string.Equals(e.Key, AutoenrollmentRegistry.KeyPath, StringComparison.OrdinalIgnoreCase) && e.ValueName.Length > 0)
            .ToDictionary(e => e.ValueName, e => (e.Type, e.DecodeData()), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every GPO's id with its AD and SYSVOL versions, to prove which GPOs an operation touched.</summary>
    public static IReadOnlyDictionary<Guid, (GpoVersion Directory, GpoVersion Sysvol)> Versions(string dataDirectory) =>
        LabSysvol.ListGpos(dataDirectory).ToDictionary(g => g.Id, g => (g.DirectoryVersion, g.SysvolVersion));
}
