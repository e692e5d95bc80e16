using System.Management.Automation;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Get-ADObject -Identity (DN or objectGUID) | -LDAPFilter [-SearchBase] [-Properties], any class.</summary>
[Cmdlet(VerbsCommon.Get, "ADObject", DefaultParameterSetName = IdentitySet)]
public sealed class GetADObject : GetObjectCmdletBase
{
    internal override string TypeName => "ADObject";

    internal override string[] ObjectClasses => [];

    internal override bool AcceptsAccountIdentities => false;
}
