using System.Management.Automation;
using LabDomainController.GroupPolicyModule.RegistryPol;
using Microsoft.Win32;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Set-GPRegistryValue -Key -ValueName -Type -Value (or -Disable). Every successful call bumps the section's
/// version and registers the Registry CSE, even when the value was already there, as on Windows.
/// </summary>
[Cmdlet(VerbsCommon.Set, "GPRegistryValue", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class SetGPRegistryValueCommand : RegistryKeyCmdletBase
{
    [Parameter]
    public string[]? ValueName { get; set; }

    [Parameter]
    public PSObject? Value { get; set; }

    [Parameter]
    public RegistryValueKind? Type { get; set; }

    /// <summary>Writes <c>**del.&lt;ValueName&gt;</c> entries: clients delete the value.</summary>
    [Parameter]
    public SwitchParameter Disable { get; set; }

    protected override void ProcessRecord()
    {
        var key = ParsedKey;
        var changes = BuildEntries(key);
        if (ResolveGpo() is not { } gpo || !ShouldProcess(gpo.Directory.DisplayName, $"Set-GPRegistryValue {key.FullKeyPath}"))
        {
            return;
        }

        Demand(gpo, LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.WriteProperty);
        var entries = Store.ReadPolicy(gpo, key.Section).ToList();
        foreach (var (valueName, entry) in changes)
        {
            Upsert(entries, key, valueName, entry);
        }

        WriteObject(ToGpo(Store.WritePolicy(gpo, key.Section, entries, registerRegistryExtension: true)));
    }

    private List<(string? ValueName, RegistryPolEntry Entry)> BuildEntries(RegistryKeyPath key)
    {
        if (ValueName is null || ValueName.Length == 0)
        {
            if (Value is not null || Disable)
            {
                Fail("-Value and -Disable need -ValueName: name the registry value to set.", "MissingValueName");
            }

            return [(null, RegistryPolEntry.KeyOnly(key.KeyPath))];
        }

        if (Disable)
        {
            return ValueName.Select(n => ((string?)n, RegistryPolEntry.String(key.KeyPath, RegistryPolEntry.DeleteValuePrefix + n, " "))).ToList();
        }

        if (Type is null || Value is null)
        {
            Fail("Set-GPRegistryValue needs both -Type (String, ExpandString, Binary, DWord, MultiString or QWord) and -Value.", "MissingTypeOrValue");
        }

        try
        {
            return ValueName.Select(n => ((string?)n, RegistrySettingConverter.ToEntry(key.KeyPath, n, Type!.Value, Value!.BaseObject))).ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or PSInvalidCastException or InvalidCastException)
        {
            Fail($"-Value cannot be stored as {Type}: {exception.Message}", "InvalidValue");
            throw;
        }
    }

    private static void Upsert(List<RegistryPolEntry> entries, RegistryKeyPath key, string? valueName, RegistryPolEntry entry)
    {
        if (valueName is null)
        {
            if (!entries.Exists(e => key.IsKey(e.Key)))
            {
                entries.Add(entry);
            }

            return;
        }

        bool Matches(RegistryPolEntry e) => key.IsKey(e.Key)
            && (string.Equals(e.ValueName, valueName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.ValueName, RegistryPolEntry.DeleteValuePrefix + valueName, StringComparison.OrdinalIgnoreCase));
        var index = entries.FindIndex(Matches);
        entries.RemoveAll(Matches);
        entries.Insert(index < 0 ? entries.Count : Math.Min(index, entries.Count), entry);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(string message, string errorId)
    {
        ThrowTerminatingError(GroupPolicyErrors.InvalidArgument(message, errorId, Key));
        throw new InvalidOperationException(message);
    }
}
