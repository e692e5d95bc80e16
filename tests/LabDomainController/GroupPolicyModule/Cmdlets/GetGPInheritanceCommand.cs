using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Get-GPInheritance [-Target] (alias Path): a domain's or OU's links (GpoLinks) and what applies there (InheritedGpoLinks).</summary>
[Cmdlet(VerbsCommon.Get, "GPInheritance")]
[OutputType(typeof(Som))]
public sealed class GetGPInheritanceCommand : GroupPolicyCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Path")]
    [ValidateNotNullOrEmpty]
    public string Target { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        var directory = new AdStore(Store.Paths.DataDirectory);
        directory.EnsureSeeded();
        var entry = directory.Find(Target.Trim());
        if (entry is null || entry.ObjectClass is not ("domainDNS" or "organizationalUnit"))
        {
            // Sites are no scope of management for Get-GPInheritance: it answers for domains and OUs only.
            WriteError(GroupPolicyErrors.InvalidArgument(
                $"The target \"{Target}\" is no domain or OU of the {LabDomain.Name} domain.", "InvalidSomPath", Target));
            return;
        }

        var own = Links(directory, entry);
        var inherited = new List<GpoLink>();
        var blocked = (entry.GpOptions ?? 0) == 1;
        var parents = new List<AdEntry>();
        for (var parent = DistinguishedNames.Parent(entry.DistinguishedName); parent is not null; parent = DistinguishedNames.Parent(parent))
        {
            if (directory.Find(parent) is { ObjectClass: "domainDNS" or "organizationalUnit" } found)
            {
                parents.Add(found);
            }
        }

        // Enforced links of the containers above (top down) first, then this container's enabled links, then
        // (unless inheritance is blocked here) the enabled links above, nearest first.
        foreach (var parent in Enumerable.Reverse(parents))
        {
            inherited.AddRange(Links(directory, parent).Where(l => l.Enabled && l.Enforced));
        }

        inherited.AddRange(own.Where(l => l.Enabled));
        if (!blocked)
        {
            foreach (var parent in parents)
            {
                inherited.AddRange(Links(directory, parent).Where(l => l.Enabled && !l.Enforced));
            }
        }

        WriteObject(new Som
        {
            Name = entry.ObjectClass == "domainDNS" ? LabDomain.Name : entry.Name,
            ContainerType = entry.ObjectClass == "domainDNS" ? "Domain" : "OU",
            Path = entry.DistinguishedName,
            GpoInheritanceBlocked = blocked,
            GpoLinks = own,
            InheritedGpoLinks = inherited,
        });
    }

    private List<GpoLink> Links(AdStore directory, AdEntry container) =>
        GpLinks.Parse(container.GpLink).Select((link, i) => new GpoLink
        {
            GpoId = link.GpoId,
            DisplayName = Store.FindById(link.GpoId)?.Directory.DisplayName ?? string.Empty,
            Enabled = link.Enabled,
            Enforced = link.Enforced,
            Target = container.DistinguishedName,
            Order = i + 1,
        }).ToList();
}
