using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Get-ADUser, Get-ADGroup, Get-ADComputer: -Identity (DN, GUID, SID, sAMAccountName) or -LDAPFilter.</summary>
public abstract class AccountCmdletBase : ActiveDirectoryCmdletBase
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

    internal abstract string ObjectClass { get; }

    internal abstract string TypeName { get; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == LdapFilterSet)
        {
            foreach (var entry in Search(LDAPFilter, SearchBase, ObjectClass))
            {
                WriteEntry(entry, Properties, TypeName);
            }

            return;
        }

        var found = Resolve(Identity, accountIdentities: true, ObjectClass);
        if (found is null)
        {
            ThrowIdentityNotFound(Identity, LabDomain.DistinguishedName);
        }

        WriteEntry(found!, Properties, TypeName);
    }
}

[Cmdlet(VerbsCommon.Get, "ADUser", DefaultParameterSetName = IdentitySet)]
public sealed class GetADUser : AccountCmdletBase
{
    internal override string ObjectClass => "user";

    internal override string TypeName => "ADUser";
}

[Cmdlet(VerbsCommon.Get, "ADGroup", DefaultParameterSetName = IdentitySet)]
public sealed class GetADGroup : AccountCmdletBase
{
    internal override string ObjectClass => "group";

    internal override string TypeName => "ADGroup";
}

[Cmdlet(VerbsCommon.Get, "ADComputer", DefaultParameterSetName = IdentitySet)]
public sealed class GetADComputer : AccountCmdletBase
{
    internal override string ObjectClass => "computer";

    internal override string TypeName => "ADComputer";
}
