using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Set-GPLink -Target [-LinkEnabled] [-Enforced] [-Order]: changes only what is given, of only this link.</summary>
[Cmdlet(VerbsCommon.Set, "GPLink", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
[OutputType(typeof(GpoLink))]
public sealed class SetGPLinkCommand : GpLinkCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Target { get; set; } = string.Empty;

    [Parameter]
    public EnableLink LinkEnabled { get; set; } = EnableLink.Unspecified;

    [Parameter]
    public EnforceLink Enforced { get; set; } = EnforceLink.Unspecified;

    [Parameter]
    public int Order { get; set; }

    protected override void ProcessRecord()
    {
        if (ResolveTarget(Target) is not { } target || ResolveGpo() is not { } gpo)
        {
            return;
        }

        var links = GpLinkTargets.Links(target);
        var index = links.FindIndex(l => l.GpoId == gpo.Id);
        if (index < 0)
        {
            WriteError(NotLinked(gpo.Directory.DisplayName, target));
            return;
        }

        if (MyInvocation.BoundParameters.ContainsKey(nameof(Order)) && (Order < 1 || Order > links.Count))
        {
            WriteError(BadOrder(Order, links.Count));
            return;
        }

        var link = links[index] with
        {
            Enabled = LinkEnabled == EnableLink.Unspecified ? links[index].Enabled : LinkEnabled == EnableLink.Yes,
            Enforced = Enforced == EnforceLink.Unspecified ? links[index].Enforced : Enforced == EnforceLink.Yes,
        };
        if (!ShouldProcess(target.DistinguishedName, $"Set-GPLink {gpo.Directory.DisplayName}"))
        {
            return;
        }

        DemandLink(target);
        links.RemoveAt(index);
        var order = Order > 0 ? Order : index + 1;
        links.Insert(order - 1, link);
        Targets.Write(target, links);
        WriteObject(ToLink(target, link, order));
    }
}
