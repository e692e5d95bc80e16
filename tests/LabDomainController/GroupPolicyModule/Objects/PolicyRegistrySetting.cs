using Microsoft.Win32;

namespace Microsoft.GroupPolicy;

/// <summary>One registry-based policy value, as Get-GPRegistryValue returns it (a <c>**del.</c> entry included).</summary>
public sealed class PolicyRegistrySetting : RegistrySetting
{
    public required PolicySettingState PolicyState { get; init; }

    /// <summary>
    /// string (REG_SZ and REG_EXPAND_SZ with their terminating NUL, as Windows returns them), string[], uint (DWord),
    /// ulong (QWord) or byte[].
    /// </summary>
    public object? Value { get; init; }

    public RegistryValueKind Type { get; init; }

    public required string ValueName { get; init; }

    public required bool HasValue { get; init; }
}
