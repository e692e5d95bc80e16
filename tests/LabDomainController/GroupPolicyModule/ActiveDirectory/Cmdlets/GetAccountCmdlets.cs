using System.Management.Automation;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Get-ADUser: -Identity (DN, GUID, SID, sAMAccountName) or -LDAPFilter, users only.</summary>
[Cmdlet(VerbsCommon.Get, "ADUser", DefaultParameterSetName = IdentitySet)]
public sealed class GetADUser : GetObjectCmdletBase
{
    internal override string TypeName => "ADUser";

    internal override string[] ObjectClasses => ["user"];

    internal override bool AcceptsAccountIdentities => true;
}

/// <summary>Get-ADGroup: as Get-ADUser, groups only.</summary>
[Cmdlet(VerbsCommon.Get, "ADGroup", DefaultParameterSetName = IdentitySet)]
public sealed class GetADGroup : GetObjectCmdletBase
{
    internal override string TypeName => "ADGroup";

    internal override string[] ObjectClasses => ["group"];

    internal override bool AcceptsAccountIdentities => true;
}

/// <summary>Get-ADComputer: as Get-ADUser, computers only (a sAMAccountName may omit its trailing $).</summary>
[Cmdlet(VerbsCommon.Get, "ADComputer", DefaultParameterSetName = IdentitySet)]
public sealed class GetADComputer : GetObjectCmdletBase
{
    internal override string TypeName => "ADComputer";

    internal override string[] ObjectClasses => ["computer"];

    internal override bool AcceptsAccountIdentities => true;
}
