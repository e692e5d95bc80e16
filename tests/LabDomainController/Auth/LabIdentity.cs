using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.Auth;

/// <summary>The names the lab DC announces in its NTLM CHALLENGE and faults: the directory's own (<see cref="LabDirectory"/>).</summary>
internal static class LabIdentity
{
    public const string NetBiosDomainName = LabDomain.NetBiosName;
    public const string NetBiosComputerName = LabDirectory.DomainControllerName;
    public const string DnsDomainName = LabDomain.Name;
    public const string DnsComputerName = LabDirectory.DomainControllerFqdn;
}
