using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>New-GPLink -Target: links the GPO to a container of lab.test; kept in the GPO's AD document.</summary>
[Cmdlet(VerbsCommon.New, "GPLink", DefaultParameterSetName = ByName, SupportsShouldProcess = true)]
[OutputType(typeof(GpoLink))]
public sealed class NewGPLinkCommand : GpoTargetCmdletBase
{
    [Parameter(Mandatory = true, Position = 1)]
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
        var target = Target.Trim();
        if (!target.EndsWith(LabDomain.DistinguishedName, StringComparison.OrdinalIgnoreCase))
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                $"The link target \"{Target}\" is not in the {LabDomain.Name} domain; give a distinguished name ending in {LabDomain.DistinguishedName}.",
                "InvalidLinkTarget", Target));
            return;
        }

        if (ResolveGpo() is not { } gpo)
        {
            return;
        }

        var document = gpo.Directory;
        if (document.Links.Exists(l => string.Equals(l.Target, target, StringComparison.OrdinalIgnoreCase)))
        {
            WriteError(new ErrorRecord(
                new ArgumentException($"The GPO \"{document.DisplayName}\" is already linked to \"{target}\"."),
                "GpoLinkAlreadyExists", ErrorCategory.ResourceExists, target));
            return;
        }

        var linksOnTarget = Store.List().Sum(g => g.Directory.Links.Count(l => string.Equals(l.Target, target, StringComparison.OrdinalIgnoreCase)));
        var link = new AdGpoLink
        {
            Target = target,
            Enabled = LinkEnabled != EnableLink.No,
            Enforced = Enforced == EnforceLink.Yes,
            Order = Order > 0 ? Order : linksOnTarget + 1,
        };
        if (!ShouldProcess(target, $"New-GPLink {document.DisplayName}"))
        {
            return;
        }

        document.Links.Add(link);
        Store.Save(gpo.FolderName, document);
        WriteObject(new GpoLink
        {
            GpoId = gpo.Id,
            DisplayName = document.DisplayName,
            Enabled = link.Enabled,
            Enforced = link.Enforced,
            Target = link.Target,
            Order = link.Order,
        });
    }
}
