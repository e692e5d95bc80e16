namespace Microsoft.ActiveDirectory.Management;

/// <summary>
/// The SID properties (SID, DomainSID) with the members of Windows' SecurityIdentifier that scripts read:
/// <c>Value</c>, <c>AccountDomainSid</c>, <c>BinaryLength</c>; prints as the SID. (pwsh on Linux cannot build the real type.)
/// </summary>
public sealed class LabSecurityIdentifier(string value)
{
    public string Value { get; } = value;

    public LabSecurityIdentifier? AccountDomainSid =>
        Value.StartsWith("S-1-5-21-", StringComparison.OrdinalIgnoreCase) && Value.Split('-').Length == 8
            ? new LabSecurityIdentifier(string.Join('-', Value.Split('-').Take(7)))
            : null;

    public int BinaryLength => 8 + (4 * (Value.Split('-').Length - 3));

    public override string ToString() => Value;
}
