using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Objects;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Get-ADDomain [[-Identity] domain]: the lab.test domain (DomainSID, NetBIOSName, DNSRoot, PDCEmulator…).</summary>
[Cmdlet(VerbsCommon.Get, "ADDomain")]
public sealed class GetADDomain : ActiveDirectoryCmdletBase
{
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Identity { get; set; }

    protected override void ProcessRecord()
    {
        if (Identity is not null && !LabDomain.IsThisDomain(Identity) && !string.Equals(Identity, LabDomain.DistinguishedName, StringComparison.OrdinalIgnoreCase))
        {
            ThrowIdentityNotFound(Identity, LabDomain.DistinguishedName);
        }

        WriteObject(AdObjects.Domain(Store));
    }
}

/// <summary>Get-ADRootDSE: the naming contexts and the DC's DNS name.</summary>
[Cmdlet(VerbsCommon.Get, "ADRootDSE")]
public sealed class GetADRootDSE : ActiveDirectoryCmdletBase
{
    protected override void ProcessRecord() => WriteObject(AdObjects.RootDse());
}

/// <summary>Get-ADOrganizationalUnit -Identity (DN or objectGUID) [-Properties].</summary>
[Cmdlet(VerbsCommon.Get, "ADOrganizationalUnit")]
public sealed class GetADOrganizationalUnit : ActiveDirectoryCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Identity { get; set; } = string.Empty;

    [Parameter]
    [Alias("Property")]
    public string[]? Properties { get; set; }

    protected override void ProcessRecord()
    {
        var found = Resolve(Identity, accountIdentities: false, "organizationalUnit");
        if (found is null)
        {
            ThrowIdentityNotFound(Identity, LabDomain.DistinguishedName);
        }

        WriteEntry(found!, Properties, "ADOrganizationalUnit");
    }
}
