namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>A GPO as the DC reports it.</summary>
/// <param name="Path">The groupPolicyContainer's distinguished name (Gpo.Path).</param>
/// <param name="Changed">Whether the operation that returned it wrote anything.</param>
public sealed record GpoInfo(Guid Id, string Name, string Comment, GpoStatus Status, string Domain, string Path, string Owner, bool Changed);
