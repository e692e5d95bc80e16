namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>The one lab domain and the GPOs every new domain starts with.</summary>
public static class LabDomain
{
    public const string Name = "lab.test";
    public const string NetBiosName = "LAB";
    public const string DistinguishedName = "DC=lab,DC=test";
    public const string Owner = "LAB\\Domain Admins";
    public const string DefaultDomainPolicyName = "Default Domain Policy";
    public const string DefaultDomainControllersPolicyName = "Default Domain Controllers Policy";

    /// <summary>Spelled as on every Windows domain.</summary>
    public const string DefaultDomainPolicyFolder = "{31B2F340-016D-11D2-945F-00C04FB984F9}";

    /// <summary>Spelled as on every Windows domain, lower-case 'f' included.</summary>
    public const string DefaultDomainControllersPolicyFolder = "{6AC1786C-016F-11D2-945F-00C04fB984F9}";

    public static Guid DefaultDomainPolicyId { get; } = Guid.Parse(DefaultDomainPolicyFolder);

    public static Guid DefaultDomainControllersPolicyId { get; } = Guid.Parse(DefaultDomainControllersPolicyFolder);

    public static bool IsThisDomain(string? domain) =>
        string.IsNullOrEmpty(domain)
        || string.Equals(domain.TrimEnd('.'), Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(domain, NetBiosName, StringComparison.OrdinalIgnoreCase);
}
