using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>The Auto-Enrollment policy of one GPO in one scope, as the domain controller holds it.</summary>
/// <param name="RegistryKey">The key with hive, e.g. <c>HKCU\Software\Policies\Microsoft\Cryptography\AutoEnrollment</c>.</param>
/// <param name="Settings">Null: "Not configured" (no AEPolicy DWORD).</param>
/// <param name="AePolicy">The raw AEPolicy DWORD, unknown bits included.</param>
/// <param name="UnmanagedValues">Values under the key the model does not express, reported and kept.</param>
/// <param name="Changed">Whether this operation wrote anything (always false for reads).</param>
/// <param name="PreviousAePolicy">AEPolicy before an apply or remove; null for reads or when it was absent.</param>
public sealed record PolicyState(
    Guid GpoId,
    string GpoName,
    string Domain,
    PolicyScope Scope,
    string RegistryKey,
    AutoenrollmentSettings? Settings,
    uint? AePolicy,
    IReadOnlyList<PolicyRegistryValue> UnmanagedValues,
    bool Changed,
    uint? PreviousAePolicy)
{
    /// <summary>AEPolicy bits outside <see cref="AePolicyBits.Known"/>: kept as they are on apply.</summary>
    public uint UnknownAePolicyBits => (AePolicy ?? 0) & ~AePolicyBits.Known;

    /// <summary>The resource id: <c>{GPO-GUID}/Scope</c>.</summary>
    public string ResourceId => $"{GpoTarget.FormatId(GpoId)}/{Scope}";
}
