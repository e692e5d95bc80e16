using Benchmarks.Workload;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;
using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.GroupPolicyModule.Sysvol;
using Reliability.Workload;

namespace Reliability.Checks;

/// <summary>
/// What each policy's Registry.pol holds on the lab's disk, read with the lab's own Registry.pol reader (no
/// PowerShell, no provider): the AEPolicy value, any other value the policy owns, and the unrelated marker.
/// </summary>
internal static class PolicyOnDisk
{
    /// <summary>The policy's state on disk: AEPolicy (null = absent), whether other owned values exist, the marker's text.</summary>
    public sealed record Found(uint? AePolicy, bool OtherOwnedValues, string? Marker);

    public static IReadOnlyDictionary<string, Found> ReadAll(string dataDirectory, IReadOnlyList<PlannedResource> resources)
    {
        var idsByName = LabSysvol.ListGpos(dataDirectory).ToDictionary(g => g.DisplayName, g => g.Id, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var entries = LabSysvol.ReadRegistryPol(dataDirectory, idsByName[resource.GpoName], resource.Scope == PolicyScope.User ? GpoSection.User : GpoSection.Machine)
                .Where(e => string.Equals(e.Key, AutoenrollmentRegistry.KeyPath, StringComparison.OrdinalIgnoreCase) && !e.IsSpecial)
                .ToList();
            var aePolicy = entries.FirstOrDefault(e => string.Equals(e.ValueName, AutoenrollmentRegistry.AePolicyValueName, StringComparison.OrdinalIgnoreCase));
            var marker = entries.FirstOrDefault(e => string.Equals(e.ValueName, GpoWithMarkerSetup.MarkerValueName, StringComparison.OrdinalIgnoreCase));
            found[resource.Name] = new Found(
                aePolicy is { Type: RegistryPolValueType.DWord } ? (uint)aePolicy.DecodeData() : null,
                entries.Any(e => AutoenrollmentRegistry.OwnedValueNames.Contains(e.ValueName, StringComparer.OrdinalIgnoreCase)
                    && !string.Equals(e.ValueName, AutoenrollmentRegistry.AePolicyValueName, StringComparison.OrdinalIgnoreCase)),
                marker?.DecodeData() as string);
        }

        return found;
    }

    /// <summary>The AEPolicy value the settings write (null: the policy absent, after destroy).</summary>
    public static uint? Expected(AutoenrollmentSettings? settings) => settings is null
        ? null
        : (settings.ConfigurationModel == ConfigurationModel.Disabled ? AePolicyBits.Disabled : 0)
            | (settings.RenewExpiredCertificates ? AePolicyBits.RenewExpiredCertificates : 0)
            | (settings.UpdateCertificatesThatUseTemplates ? AePolicyBits.UpdateCertificatesThatUseTemplates : 0);
}
