namespace CertAutoenroll.GroupPolicy.Links;

/// <summary>One GPO link as Get-GPInheritance's GpoLinks shows it.</summary>
/// <param name="Target">The linked container's DN, as the DC spells it.</param>
/// <param name="Order">1-based link order on the target (1 = highest precedence).</param>
/// <param name="LinkCount">How many GPOs are linked to the target in all.</param>
/// <param name="Changed">Whether the operation that returned it wrote anything.</param>
public sealed record GpoLinkInfo(Guid GpoId, string GpoName, string Target, bool Enabled, bool Enforced, int Order, int LinkCount, bool Changed);
