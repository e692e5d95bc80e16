namespace Microsoft.GroupPolicy;

/// <summary>What kind of security principal a trustee is [doc: IGPMTrustee TrusteeType, the SidType… values].</summary>
public enum SidType
{
    User,
    Group,
    Domain,
    Alias,
    WellKnownGroup,
    DeletedAccount,
    Invalid,
    Unknown,
    Computer,
}
