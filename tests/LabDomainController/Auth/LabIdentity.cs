namespace LabDomainController.Auth;

/// <summary>The names the lab DC announces in its NTLM CHALLENGE and faults.</summary>
internal static class LabIdentity
{
    public const string NetBiosDomainName = "LAB";
    public const string NetBiosComputerName = "LAB-DC";
    public const string DnsDomainName = "lab.test";
    public const string DnsComputerName = "lab-dc.lab.test";
}
