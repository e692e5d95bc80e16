using Microsoft.Win32;

namespace Microsoft.GroupPolicy;

/// <summary>A registry key under the queried key, as Get-GPRegistryValue returns a subkey: only where it is.</summary>
public class RegistrySetting
{
    /// <summary>The key without its hive, e.g. <c>Software\Policies\Microsoft\Cryptography\AutoEnrollment</c>.</summary>
    public required string KeyPath { get; init; }

    /// <summary>The key with its hive spelled out, e.g. <c>HKEY_CURRENT_USER\Software\...</c>.</summary>
    public required string FullKeyPath { get; init; }

    public required RegistryHive Hive { get; init; }
}
