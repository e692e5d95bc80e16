namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>
/// One value under the policy key. <see cref="Data"/> is <c>uint</c> for DWord, <c>ulong</c> for
/// QWord, <c>string</c> for String/ExpandString, <c>string[]</c> for MultiString and
/// <c>byte[]</c> for Binary. Equality compares <see cref="Data"/> by content, and value names
/// case-insensitively, as the registry does.
/// </summary>
public sealed record PolicyRegistryValue(string Name, RegistryValueKind Kind, object Data)
{
    public bool Equals(PolicyRegistryValue? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && Kind == other.Kind
        && DataEquals(Data, other.Data);

    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Name), Kind);

    private static bool DataEquals(object left, object right) => (left, right) switch
    {
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (string[] a, string[] b) => a.SequenceEqual(b, StringComparer.Ordinal),
        _ => Equals(left, right),
    };
}
