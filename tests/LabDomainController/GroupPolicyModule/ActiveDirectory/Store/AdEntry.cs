using System.Text.Json.Serialization;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>One object of the lab directory, stored as <c>ad/objects/&lt;hash of its DN&gt;.json</c>.</summary>
internal sealed class AdEntry
{
    [JsonPropertyName("distinguishedName")]
    public string DistinguishedName { get; set; } = string.Empty;

    [JsonPropertyName("objectClass")]
    public string ObjectClass { get; set; } = string.Empty;

    [JsonPropertyName("objectGUID")]
    public Guid ObjectGuid { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("sAMAccountName")]
    public string? SamAccountName { get; set; }

    [JsonPropertyName("objectSid")]
    public string? Sid { get; set; }

    [JsonPropertyName("userPrincipalName")]
    public string? UserPrincipalName { get; set; }

    [JsonPropertyName("dNSHostName")]
    public string? DnsHostName { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("gPLink")]
    public string? GpLink { get; set; }

    [JsonPropertyName("gPOptions")]
    public int? GpOptions { get; set; }

    /// <summary>The groups this account or group is a direct member of (their DNs); the primary group is not listed, as in AD.</summary>
    [JsonPropertyName("memberOf")]
    public List<string>? MemberOf { get; set; }

    /// <summary>The whole descriptor as SDDL (owner, group, DACL), SIDs of the domain written as aliases where SDDL has one.</summary>
    [JsonPropertyName("nTSecurityDescriptor")]
    public string SecurityDescriptor { get; set; } = string.Empty;
}
