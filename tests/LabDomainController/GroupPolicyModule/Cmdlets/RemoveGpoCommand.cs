using System.Management.Automation;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Remove-GPO -Name | -Guid: deletes the AD document and the SYSVOL folder.</summary>
[Cmdlet(VerbsCommon.Remove, "GPO", DefaultParameterSetName = ByName, SupportsShouldProcess = true)]
public sealed class RemoveGpoCommand : GpoTargetCmdletBase
{
    /// <summary>Accepted for compatibility; links are kept with the GPO's AD document, so they go with it.</summary>
    [Parameter]
    public SwitchParameter KeepLinks { get; set; }

    protected override void ProcessRecord()
    {
        if (ResolveGpo() is { } gpo && ShouldProcess(gpo.Directory.DisplayName, "Remove-GPO"))
        {
            Store.Delete(gpo);
        }
    }
}
