using System.Management.Automation;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Get-GPRegistryValue -Key [-ValueName]. With -ValueName: that value; without: the key's values and one
/// <see cref="RegistrySetting"/> per immediate subkey. Nothing there is an error, as on Windows.
/// </summary>
[Cmdlet(VerbsCommon.Get, "GPRegistryValue", DefaultParameterSetName = ByGuid)]
[OutputType(typeof(PolicyRegistrySetting), typeof(RegistrySetting))]
public sealed class GetGPRegistryValueCommand : RegistryKeyCmdletBase
{
    [Parameter]
    public string? ValueName { get; set; }

    protected override void ProcessRecord()
    {
        var key = ParsedKey;
        if (ResolveGpo() is not { } gpo)
        {
            return;
        }

        var settings = Find(key, Store.ReadPolicy(gpo, key.Section));
        if (settings.Count == 0)
        {
            WriteError(GroupPolicyErrors.RegistrySettingNotFound(key.FullKeyPath));
            return;
        }

        foreach (var setting in settings)
        {
            WriteObject(setting);
        }
    }

    private List<RegistrySetting> Find(RegistryKeyPath key, IReadOnlyList<RegistryPolEntry> entries)
    {
        var valueEntries = entries.Where(e => key.IsKey(e.Key) && e.ValueName.Length > 0 && (!e.IsSpecial || e.IsDeleteMarker));
        if (ValueName is not null)
        {
            return valueEntries
                .Where(e => string.Equals(e.ValueName, ValueName, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(e.ValueName, RegistryPolEntry.DeleteValuePrefix + ValueName, StringComparison.OrdinalIgnoreCase))
                .Select(e => (RegistrySetting)RegistrySettingConverter.ToSetting(key, e))
                .ToList();
        }

        var settings = valueEntries.Select(e => (RegistrySetting)RegistrySettingConverter.ToSetting(key, e)).ToList();
        var subkeys = entries
            .Where(e => !key.IsKey(e.Key) && key.IsKeyOrBelow(e.Key))
            .Select(e => e.Key[..(e.Key.IndexOf('\\', key.KeyPath.Length + 1) is var end and > 0 ? end : e.Key.Length)])
            .Distinct(StringComparer.OrdinalIgnoreCase);
        settings.AddRange(subkeys.Select(s => RegistrySettingConverter.ToKeySetting(key, s)));
        if (settings.Count == 0 && entries.Any(e => key.IsKey(e.Key)))
        {
            settings.Add(RegistrySettingConverter.ToKeySetting(key, key.KeyPath));
        }

        return settings;
    }
}
