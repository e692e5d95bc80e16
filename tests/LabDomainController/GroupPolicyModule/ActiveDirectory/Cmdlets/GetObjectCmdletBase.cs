using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>
/// What Get-ADObject, Get-ADUser, Get-ADGroup and Get-ADComputer share: -Identity or -LDAPFilter [-SearchBase],
/// [-Properties]. The account cmdlets also take a SID or sAMAccountName as identity and see only their class.
/// </summary>
public abstract class GetObjectCmdletBase : ActiveDirectoryCmdletBase
{
    internal const string IdentitySet = "Identity";
    internal const string LdapFilterSet = "LdapFilter";

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

    /// <summary>The output type's name, e.g. <c>ADUser</c>.</summary>
    internal abstract string TypeName { get; }

    /// <summary>The object classes the cmdlet sees; empty for every class.</summary>
    internal abstract string[] ObjectClasses { get; }

    /// <summary>Whether -Identity may also be a SID or sAMAccountName (the account cmdlets), not only a DN or GUID.</summary>
    internal abstract bool AcceptsAccountIdentities { get; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == LdapFilterSet)
        {
            foreach (var entry in Search(LDAPFilter, SearchBase, ObjectClasses))
            {
                WriteEntry(entry, Properties, TypeName);
            }

            return;
        }

        var found = Resolve(Identity, AcceptsAccountIdentities, ObjectClasses);
        if (found is null)
        {
            ThrowIdentityNotFound(Identity, LabDomain.DistinguishedName);
        }

        WriteEntry(found!, Properties, TypeName);
    }
}
