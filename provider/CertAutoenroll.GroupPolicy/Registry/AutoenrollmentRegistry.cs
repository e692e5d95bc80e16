using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Registry;

/// <summary>Where the Auto-Enrollment policy lives and which values it owns.</summary>
public static class AutoenrollmentRegistry
{
    /// <summary>The key without hive, as stored in a GPO's Registry.pol.</summary>
    public const string KeyPath = @"Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    public const string AePolicyValueName = "AEPolicy";
    public const string ExpirationPercentValueName = "OfflineExpirationPercent";
    public const string ExpirationStoresValueName = "OfflineExpirationStoreNames";

    /// <summary>The values this setting owns: apply manages them, remove deletes exactly these.</summary>
    public static IReadOnlyList<string> OwnedValueNames { get; } =
        [AePolicyValueName, ExpirationPercentValueName, ExpirationStoresValueName];

    /// <summary>The key as the GroupPolicy cmdlets take it; the hive picks the GPO half.</summary>
    public static string FullKeyPath(PolicyScope scope) => scope switch
    {
        PolicyScope.User => @"HKCU\" + KeyPath,
        PolicyScope.Computer => @"HKLM\" + KeyPath,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Scope must be User or Computer."),
    };
}
