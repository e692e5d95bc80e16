using System.Management.Automation;
using LabDomainController.GroupPolicyModule.RegistryPol;
using Microsoft.Win32;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Turns -Value/-Type into Registry.pol data, and Registry.pol entries into PolicyRegistrySetting objects.</summary>
internal static class RegistrySettingConverter
{
    public static RegistryPolEntry ToEntry(string key, string valueName, RegistryValueKind type, object value) => type switch
    {
        RegistryValueKind.String => RegistryPolEntry.String(key, valueName, Single<string>(value, type)),
        RegistryValueKind.ExpandString => RegistryPolEntry.ExpandString(key, valueName, Single<string>(value, type)),
        RegistryValueKind.DWord => RegistryPolEntry.DWord(key, valueName, ToDWord(Single<long>(value, type))),
        RegistryValueKind.QWord => RegistryPolEntry.QWord(key, valueName, ToQWord(value)),
        RegistryValueKind.MultiString => RegistryPolEntry.MultiString(key, valueName, LanguagePrimitives.ConvertTo<string[]>(value)),
        RegistryValueKind.Binary => RegistryPolEntry.Binary(key, valueName, LanguagePrimitives.ConvertTo<byte[]>(value)),
        _ => throw new ArgumentException(
            $"The value type \"{type}\" is not supported. Use -Type String, ExpandString, Binary, DWord, MultiString or QWord."),
    };

    /// <summary>A value, or a <c>**del.</c> entry (PolicyState Delete, Type String, HasValue true, as Windows shows it).</summary>
    public static PolicyRegistrySetting ToSetting(RegistryKeyPath key, RegistryPolEntry entry)
    {
        var deleted = entry.IsDeleteMarker;
        return new PolicyRegistrySetting
        {
            KeyPath = entry.Key,
            FullKeyPath = RegistryKeyPath.HivePrefix(key.Section) + entry.Key,
            Hive = key.Hive,
            PolicyState = deleted ? PolicySettingState.Delete : PolicySettingState.Set,
            Value = WithTerminatingNul(entry.Type, entry.DecodeData()),
            Type = deleted ? RegistryValueKind.String : ToKind(entry.Type),
            ValueName = deleted ? entry.ValueName[RegistryPolEntry.DeleteValuePrefix.Length..] : entry.ValueName,
            HasValue = true,
        };
    }

    /// <summary>A subkey: KeyPath, FullKeyPath and Hive only.</summary>
    public static RegistrySetting ToKeySetting(RegistryKeyPath key, string keyPath) => new()
    {
        KeyPath = keyPath,
        FullKeyPath = RegistryKeyPath.HivePrefix(key.Section) + keyPath,
        Hive = key.Hive,
    };

    // Get-GPRegistryValue hands REG_SZ data back with the NUL that terminates it in Registry.pol.
    private static object WithTerminatingNul(RegistryPolValueType type, object data) =>
        type is RegistryPolValueType.String or RegistryPolValueType.ExpandString && data is string text ? text + "\0" : data;

    private static RegistryValueKind ToKind(RegistryPolValueType type) => type switch
    {
        RegistryPolValueType.None => RegistryValueKind.None,
        RegistryPolValueType.String => RegistryValueKind.String,
        RegistryPolValueType.ExpandString => RegistryValueKind.ExpandString,
        RegistryPolValueType.Binary => RegistryValueKind.Binary,
        RegistryPolValueType.DWord => RegistryValueKind.DWord,
        RegistryPolValueType.MultiString => RegistryValueKind.MultiString,
        RegistryPolValueType.QWord => RegistryValueKind.QWord,
        _ => RegistryValueKind.Unknown,
    };

    private static T Single<T>(object value, RegistryValueKind type)
    {
        if (value is Array { Length: not 1 })
        {
            throw new ArgumentException($"-Value must be a single value for -Type {type}; only MultiString and Binary take an array.");
        }

        return LanguagePrimitives.ConvertTo<T>(value is Array single ? single.GetValue(0) : value);
    }

    private static uint ToDWord(long value) => value is >= int.MinValue and <= uint.MaxValue
        ? unchecked((uint)value)
        : throw new ArgumentException($"-Value {value} does not fit a DWord (32 bits).");

    private static ulong ToQWord(object value)
    {
        var single = value is Array { Length: 1 } array ? array.GetValue(0) : value;
        if (single is PSObject wrapped)
        {
            single = wrapped.BaseObject;
        }

        return single is ulong unsigned ? unsigned : unchecked((ulong)Single<long>(single!, RegistryValueKind.QWord));
    }
}
