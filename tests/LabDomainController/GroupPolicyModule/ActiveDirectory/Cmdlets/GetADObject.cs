using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Get-ADObject -Identity (DN or objectGUID) | -LDAPFilter [-SearchBase] [-Properties].</summary>
[Cmdlet(VerbsCommon.Get, "ADObject", DefaultParameterSetName = IdentitySet)]
public sealed class GetADObject : ActiveDirectoryCmdletBase
{
    private const string IdentitySet = "Identity";
    private const string LdapFilterSet = "LdapFilter";

    [Parameter(ParameterSetName = IdentitySet, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Identity { get; set; } = string.Empty;

    [Parameter(ParameterSetName = LdapFilterSet, Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string LDAPFilter { get; set; } = string.Empty;

    [Parameter(ParameterSetName = LdapFilterSet)]
    public string? SearchBase { get; set; }

    [Parameter]
    [Alias("Property")]
    public string[]? Properties { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == LdapFilterSet)
        {
            foreach (var entry in Search(LDAPFilter, SearchBase))
            {
                WriteEntry(entry, Properties, "ADObject");
            }

            return;
        }

        var found = Resolve(Identity, accountIdentities: false);
        if (found is null)
        {
            ThrowIdentityNotFound(Identity, LabDomain.DistinguishedName);
        }

        WriteEntry(found!, Properties, "ADObject");
    }
}
