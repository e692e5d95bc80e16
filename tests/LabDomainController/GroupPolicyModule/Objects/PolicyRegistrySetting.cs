using Microsoft.Win32;

namespace Microsoft.GroupPolicy;

/// <summary>One registry-based policy setting, as Get-GPRegistryValue returns it.</summary>
public sealed class PolicyRegistrySetting
{
    /// <summary>The key without its hive, e.g. <c>Software\Policies\Microsoft\Cryptography\AutoEnrollment</c>.</summary>
    public required string KeyPath { get; init; }

    /// <summary>The key with its hive spelled out, e.g. <c>HKEY_CURRENT_USER\Software\...</c>.</summary>
    public required string FullKeyPath { get; init; }

    public required RegistryHive Hive { get; init; }

    public required PolicySettingState PolicyState { get; init; }

    /// <summary>string, string[], uint (DWord), ulong (QWord) or byte[]; null for keys and deleted values.</summary>
    public object? Value { get; init; }

    public RegistryValueKind Type { get; init; }

    /// <summary>Null when the object stands for a subkey rather than a value.</summary>
    public string? ValueName { get; init; }

    public required bool HasValue { get; init; }
}
