using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Cmdlets that act on one GPO named by -Guid (alias Id) or -Name (alias DisplayName).</summary>
public abstract class GpoTargetCmdletBase : GroupPolicyCmdletBase
{
    internal const string ByGuid = "ByGUID";
    internal const string ByName = "ByName";

    [Parameter(ParameterSetName = ByGuid, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid Guid { get; set; }

    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0)]
    [Alias("DisplayName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>The GPO the parameters name, or null after writing the error Windows writes.</summary>
    internal StoredGpo? ResolveGpo() => ResolveGpo(ParameterSetName == ByGuid ? Guid : null, Name);
}
