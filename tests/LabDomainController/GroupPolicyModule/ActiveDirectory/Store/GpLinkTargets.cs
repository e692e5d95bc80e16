using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>Reads and rewrites the gPLink of a domain root, OU or site of the lab directory.</summary>
internal sealed class GpLinkTargets(AdStore store)
{
    /// <summary>The container a link -Target names, or null when it is no domain, OU or site of the lab.</summary>
    public AdEntry? Find(string target)
    {
        var entry = store.Find(target.Trim());
        return entry is not null && entry.ObjectClass is "domainDNS" or "organizationalUnit" or "site" ? entry : null;
    }

    public static List<GpLinkEntry> Links(AdEntry target) => GpLinks.Parse(target.GpLink);

    public void Write(AdEntry target, IReadOnlyList<GpLinkEntry> linksInOrder)
    {
        target.GpLink = linksInOrder.Count == 0 ? null : GpLinks.Format(linksInOrder);
        store.Save(target);
    }

    /// <summary>Every link of the GPO in the domain (target DN, link, order), as LabSysvol reports them.</summary>
    public IEnumerable<(AdEntry Target, GpLinkEntry Link, int Order)> LinksOf(Guid gpoId)
    {
        foreach (var entry in store.All())
        {
            var links = GpLinks.Parse(entry.GpLink);
            for (var i = 0; i < links.Count; i++)
            {
                if (links[i].GpoId == gpoId)
                {
                    yield return (entry, links[i], i + 1);
                }
            }
        }
    }

    /// <summary>Removes the GPO from every gPLink in the domain, as Remove-GPO does.</summary>
    public void RemoveAll(Guid gpoId)
    {
        foreach (var entry in store.All())
        {
            var links = GpLinks.Parse(entry.GpLink);
            if (links.RemoveAll(l => l.GpoId == gpoId) > 0)
            {
                Write(entry, links);
            }
        }
    }

    public static string DomainOf(AdEntry target) =>
        target.DistinguishedName.EndsWith(LabDomain.DistinguishedName, StringComparison.OrdinalIgnoreCase) ? LabDomain.Name : string.Empty;
}
