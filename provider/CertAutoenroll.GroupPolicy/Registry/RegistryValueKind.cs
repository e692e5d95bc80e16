namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>Registry value types, named as the GroupPolicy cmdlets' <c>-Type</c> parameter names them.</summary>
public enum RegistryValueKind
{
    String,
    ExpandString,
    Binary,
    DWord,
    MultiString,
    QWord,
}
