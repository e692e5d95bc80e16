using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>New-GPLink -Target [-LinkEnabled] [-Enforced] [-Order]: adds the GPO to the target's gPLink.</summary>
[Cmdlet(VerbsCommon.New, "GPLink", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
[OutputType(typeof(GpoLink))]
public sealed class NewGPLinkCommand : GpLinkCmdletBase
{
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Target { get; set; } = string.Empty;

    [Parameter]
    public EnableLink LinkEnabled { get; set; } = EnableLink.Unspecified;

    [Parameter]
    public EnforceLink Enforced { get; set; } = EnforceLink.Unspecified;

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Order { get; set; }

    protected override void ProcessRecord()
    {
        if (ResolveTarget(Target) is not { } target || ResolveGpo() is not { } gpo)
        {
            return;
        }

        var links = GpLinkTargets.Links(target);
        if (links.Exists(l => l.GpoId == gpo.Id))
        {
            WriteError(new ErrorRecord(
                new ArgumentException($"The GPO \"{gpo.Directory.DisplayName}\" is already linked to \"{target.DistinguishedName}\"."),
                "GpoLinkAlreadyExists", ErrorCategory.ResourceExists, Target));
            return;
        }

        var order = Order > 0 ? Order : links.Count + 1;
        if (order > links.Count + 1)
        {
            WriteError(BadOrder(order, links.Count + 1));
            return;
        }

        var link = new GpLinkEntry(gpo.Id, LinkEnabled != EnableLink.No, Enforced == EnforceLink.Yes);
        if (!ShouldProcess(target.DistinguishedName, $"New-GPLink {gpo.Directory.DisplayName}"))
        {
            return;
        }

        DemandLink(target);
        links.Insert(order - 1, link);
        Targets.Write(target, links);
        WriteObject(ToLink(target, link, order));
    }
}
