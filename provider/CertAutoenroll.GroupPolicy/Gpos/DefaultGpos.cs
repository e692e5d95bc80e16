namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>The two GPOs every domain has; removing them breaks the domain, so it is refused.</summary>
public static class DefaultGpos
{
    public static Guid DefaultDomainPolicy { get; } = Guid.Parse("31B2F340-016D-11D2-945F-00C04FB984F9");

    public static Guid DefaultDomainControllersPolicy { get; } = Guid.Parse("6AC1786C-016F-11D2-945F-00C04FB984F9");

    public static bool IsDefault(Guid id) => id == DefaultDomainPolicy || id == DefaultDomainControllersPolicy;
}
