using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>What the values under the policy key mean to the model.</summary>
/// <param name="Settings">Null when AEPolicy is absent (or not a DWORD): the policy is "Not configured".</param>
/// <param name="AePolicy">The raw AEPolicy DWORD, when present.</param>
/// <param name="UnmodeledAePolicyBits">
/// AEPolicy bits that <paramref name="Settings"/> does not express: unknown bits (a lone 0x2 or 0x4 is
/// the renew box on, as GPMC shows it).
/// </param>
/// <param name="UnmanagedValues">Values under the key that the model does not express, kept as they are.</param>
public sealed record DecodedPolicy(
    AutoenrollmentSettings? Settings,
    uint? AePolicy,
    uint UnmodeledAePolicyBits,
    IReadOnlyList<PolicyRegistryValue> UnmanagedValues);
