namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>
/// One value under the policy key. <see cref="Data"/> is <c>uint</c> for DWord, <c>ulong</c> for
/// QWord, <c>string</c> for String/ExpandString, <c>string[]</c> for MultiString and
/// <c>byte[]</c> for Binary.
/// </summary>
public sealed record PolicyRegistryValue(string Name, RegistryValueKind Kind, object Data);
