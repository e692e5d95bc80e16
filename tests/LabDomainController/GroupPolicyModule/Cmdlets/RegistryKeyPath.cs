using LabDomainController.GroupPolicyModule.Sysvol;
using Microsoft.Win32;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>A -Key argument split into the GPO half it addresses and the key as Registry.pol stores it (no hive).</summary>
internal sealed record RegistryKeyPath(GpoSection Section, RegistryHive Hive, string KeyPath)
{
    private static readonly (string Prefix, GpoSection Section)[] Prefixes =
    [
        ("HKCU\\", GpoSection.User),
        ("HKEY_CURRENT_USER\\", GpoSection.User),
        ("HKLM\\", GpoSection.Machine),
        ("HKEY_LOCAL_MACHINE\\", GpoSection.Machine),
    ];

    public string FullKeyPath => HivePrefix(Section) + KeyPath;

    public static string HivePrefix(GpoSection section) =>
        section == GpoSection.User ? "HKEY_CURRENT_USER\\" : "HKEY_LOCAL_MACHINE\\";

    public static RegistryKeyPath? TryParse(string key)
    {
        foreach (var (prefix, section) in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var keyPath = key[prefix.Length..].Trim('\\');
                if (keyPath.Length == 0 || keyPath.Contains('\0', StringComparison.Ordinal) || keyPath.Contains("\\\\", StringComparison.Ordinal))
                {
                    return null;
                }

                var hive = section == GpoSection.User ? RegistryHive.CurrentUser : RegistryHive.LocalMachine;
                return new RegistryKeyPath(section, hive, keyPath);
            }
        }

        return null;
    }

    public static string InvalidKeyMessage(string key) =>
        $"The registry key \"{key}\" is not valid for a GPO. Start it with HKCU\\ or HKEY_CURRENT_USER\\ (User Configuration) or HKLM\\ or HKEY_LOCAL_MACHINE\\ (Computer Configuration), followed by a subkey, e.g. HKCU\\Software\\Policies\\Microsoft\\Cryptography\\AutoEnrollment.";

    public bool IsKey(string entryKey) => string.Equals(entryKey, KeyPath, StringComparison.OrdinalIgnoreCase);

    public bool IsKeyOrBelow(string entryKey) =>
        IsKey(entryKey) || entryKey.StartsWith(KeyPath + "\\", StringComparison.OrdinalIgnoreCase);
}
