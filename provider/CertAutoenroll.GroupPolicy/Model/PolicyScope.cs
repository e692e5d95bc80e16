namespace CertAutoenroll.GroupPolicy.Model;

/// <summary>Which half of the GPO: User Configuration (HKCU) or Computer Configuration (HKLM).</summary>
public enum PolicyScope
{
    User,
    Computer,
}
