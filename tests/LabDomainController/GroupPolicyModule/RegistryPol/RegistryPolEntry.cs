namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>
/// One <c>[key;value;type;size;data]</c> entry of a Registry.pol file. <see cref="Key"/> carries no hive;
/// <see cref="ValueName"/> is empty for key-only entries and may be a special name such as <c>**del.X</c>.
/// </summary>
public sealed record RegistryPolEntry(string Key, string ValueName, RegistryPolValueType Type, byte[] Data)
{
    public const string DeleteValuePrefix = "**del.";

    /// <summary>True for <c>**del.&lt;name&gt;</c> entries, which tell clients to delete that value.</summary>
    public bool IsDeleteMarker => ValueName.StartsWith(DeleteValuePrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for entries whose value name starts with <c>**</c> (delete markers, <c>**DeleteValues</c>, ...).</summary>
    public bool IsSpecial => ValueName.StartsWith("**", StringComparison.Ordinal);

    /// <summary>Data decoded by type: string, string[], uint (DWORD), ulong (QWORD), or the raw bytes.</summary>
    public object DecodeData() => RegistryPolData.Decode(Type, Data);

    public bool ContentEquals(RegistryPolEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Key == other.Key && ValueName == other.ValueName && Type == other.Type && Data.AsSpan().SequenceEqual(other.Data);
    }

    public static RegistryPolEntry String(string key, string valueName, string value) =>
        new(key, valueName, RegistryPolValueType.String, RegistryPolData.EncodeString(value));

    public static RegistryPolEntry ExpandString(string key, string valueName, string value) =>
        new(key, valueName, RegistryPolValueType.ExpandString, RegistryPolData.EncodeString(value));

    public static RegistryPolEntry DWord(string key, string valueName, uint value) =>
        new(key, valueName, RegistryPolValueType.DWord, RegistryPolData.EncodeDWord(value));

    public static RegistryPolEntry QWord(string key, string valueName, ulong value) =>
        new(key, valueName, RegistryPolValueType.QWord, RegistryPolData.EncodeQWord(value));

    public static RegistryPolEntry MultiString(string key, string valueName, IReadOnlyList<string> values) =>
        new(key, valueName, RegistryPolValueType.MultiString, RegistryPolData.EncodeMultiString(values));

    public static RegistryPolEntry Binary(string key, string valueName, byte[] value) =>
        new(key, valueName, RegistryPolValueType.Binary, value);

    public static RegistryPolEntry KeyOnly(string key) =>
        new(key, string.Empty, RegistryPolValueType.None, []);
}
