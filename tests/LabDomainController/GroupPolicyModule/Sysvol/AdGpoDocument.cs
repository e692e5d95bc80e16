using System.Text.Json.Serialization;

namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>The lab's stand-in for a groupPolicyContainer object in AD, stored as <c>ad/{GUID}.json</c>.</summary>
internal sealed class AdGpoDocument
{
    [JsonPropertyName("displayName")]
    public string DisplayName { get; set; } = string.Empty;

    [JsonPropertyName("description")]
    public string Description { get; set; } = string.Empty;

    [JsonPropertyName("owner")]
    public string Owner { get; set; } = LabDomain.Owner;

    /// <summary>Same packing as GPT.INI: user half high, computer half low.</summary>
    [JsonPropertyName("versionNumber")]
    public uint VersionNumber { get; set; }

    /// <summary>0 all enabled, 1 user disabled, 2 computer disabled, 3 all disabled.</summary>
    [JsonPropertyName("flags")]
    public int Flags { get; set; }

    [JsonPropertyName("gPCUserExtensionNames")]
    public string UserExtensionNames { get; set; } = string.Empty;

    [JsonPropertyName("gPCMachineExtensionNames")]
    public string MachineExtensionNames { get; set; } = string.Empty;

    /// <summary>The groupPolicyContainer's descriptor as SDDL; empty = the default one a Domain Admin's new GPO gets.</summary>
    [JsonPropertyName("nTSecurityDescriptor")]
    public string SecurityDescriptor { get; set; } = string.Empty;

    [JsonPropertyName("whenCreated")]
    public DateTime WhenCreated { get; set; }

    [JsonPropertyName("whenChanged")]
    public DateTime WhenChanged { get; set; }
}
