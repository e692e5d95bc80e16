using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Remove-GPO -Name | -Guid: deletes the AD document and the SYSVOL folder.</summary>
[Cmdlet(VerbsCommon.Remove, "GPO", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
public sealed class RemoveGpoCommand : GpoTargetCmdletBase
{
    /// <summary>Keeps the GPO's links in the domain's gPLink values (dangling); by default they are removed too.</summary>
    [Parameter]
    public SwitchParameter KeepLinks { get; set; }

    protected override void ProcessRecord()
    {
        if (ResolveGpo() is { } gpo && ShouldProcess(gpo.Directory.DisplayName, "Remove-GPO"))
        {
            Demand(gpo, LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.Delete);
            if (!KeepLinks)
            {
                var directory = new AdStore(Store.Paths.DataDirectory);
                directory.EnsureSeeded();
                new GpLinkTargets(directory).RemoveAll(gpo.Id);
            }

            Store.Delete(gpo);
        }
    }
}
