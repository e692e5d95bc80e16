using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>New-GPLink, Set-GPLink and Remove-GPLink: a GPO (-Guid | -Name) and a -Target whose gPLink they edit.</summary>
public abstract class GpLinkCmdletBase : GpoTargetCmdletBase
{
    private GpLinkTargets? _targets;

    internal GpLinkTargets Targets => _targets ??= new GpLinkTargets(OpenDirectory());

    /// <summary>The target container, or null after writing the error.</summary>
    internal AdEntry? ResolveTarget(string target)
    {
        var trimmed = target.Trim();
        if (!trimmed.EndsWith(LabDomain.DistinguishedName, StringComparison.OrdinalIgnoreCase) || DistinguishedNames.Canonical(trimmed) is null)
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                $"The link target \"{target}\" is not in the {LabDomain.Name} domain; give a distinguished name ending in {LabDomain.DistinguishedName}.",
                "InvalidLinkTarget", target));
            return null;
        }

        var entry = Targets.Find(trimmed);
        if (entry is null)
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                $"The link target \"{target}\" is no site, domain or OU of the {LabDomain.Name} domain.", "InvalidLinkTarget", target));
        }

        return entry;
    }

    /// <summary>Linking writes the target's gPLink: the logon needs write property there [doc: GPMC "Link GPOs" delegation on a SOM].</summary>
    internal void DemandLink(AdEntry target)
    {
        if (!LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.Grants(
            target.SecurityDescriptor, Token, LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.WriteProperty))
        {
            throw GroupPolicyErrors.AccessDenied();
        }
    }

    internal GpoLink ToLink(AdEntry target, GpLinkEntry link, int order)
    {
        var gpo = Store.FindById(link.GpoId);
        return new GpoLink
        {
            GpoId = link.GpoId,
            DisplayName = gpo?.Directory.DisplayName ?? string.Empty,
            Enabled = link.Enabled,
            Enforced = link.Enforced,
            Target = target.DistinguishedName,
            Order = order,
        };
    }

    internal ErrorRecord NotLinked(string displayName, AdEntry target) => new(
        new ArgumentException($"The GPO \"{displayName}\" is not linked to \"{target.DistinguishedName}\"."),
        "GpoLinkNotFound", ErrorCategory.ObjectNotFound, target.DistinguishedName);

    internal ErrorRecord BadOrder(int order, int highest) => new(
        new ArgumentOutOfRangeException("linkPosition", order, $"The link order {order} is out of range; this target takes 1 to {highest}."),
        "InvalidLinkOrder", ErrorCategory.InvalidArgument, order);

    private AdStore OpenDirectory()
    {
        var store = new AdStore(Store.Paths.DataDirectory);
        store.EnsureSeeded();
        return store;
    }
}
