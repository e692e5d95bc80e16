using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Remove-GPLink -Target: takes this GPO out of the target's gPLink; the other links keep their relative order.</summary>
[Cmdlet(VerbsCommon.Remove, "GPLink", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
public sealed class RemoveGPLinkCommand : GpLinkCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Target { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        if (ResolveTarget(Target) is not { } target || ResolveGpo() is not { } gpo)
        {
            return;
        }

        var links = GpLinkTargets.Links(target);
        if (links.RemoveAll(l => l.GpoId == gpo.Id) == 0)
        {
            WriteError(NotLinked(gpo.Directory.DisplayName, target));
            return;
        }

        if (ShouldProcess(target.DistinguishedName, $"Remove-GPLink {gpo.Directory.DisplayName}"))
        {
            DemandLink(target);
            Targets.Write(target, links);
        }
    }
}
