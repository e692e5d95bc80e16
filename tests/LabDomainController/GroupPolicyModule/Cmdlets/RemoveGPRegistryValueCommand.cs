using System.Management.Automation;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Remove-GPRegistryValue -Key [-ValueName]: removes the named value (and its <c>**del.</c> entry), or without
/// -ValueName the key's own values, refused (nothing removed) when subkeys hold settings. Nothing configured there
/// is an error, as on Windows.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "GPRegistryValue", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class RemoveGPRegistryValueCommand : RegistryKeyCmdletBase
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

        var entries = Store.ReadPolicy(gpo, key.Section).ToList();
        var removedAny = false;
        if (string.IsNullOrEmpty(ValueName))
        {
            if (entries.Any(e => !key.IsKey(e.Key) && key.IsKeyOrBelow(e.Key)))
            {
                WriteError(GroupPolicyErrors.KeyHasSubkeySettings(key.FullKeyPath));
                return;
            }

            removedAny = entries.RemoveAll(e => key.IsKey(e.Key)) > 0;
        }
        else
        {
            removedAny = entries.RemoveAll(e => key.IsKey(e.Key)
                && (string.Equals(e.ValueName, ValueName, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(e.ValueName, RegistryPolEntry.DeleteValuePrefix + ValueName, StringComparison.OrdinalIgnoreCase))) > 0;
        }

        if (!removedAny)
        {
            WriteError(GroupPolicyErrors.RegistrySettingNotRemoved(key.FullKeyPath, "UnableToRemovePolicyRegistryItem"));
        }

        if (removedAny && ShouldProcess(gpo.Directory.DisplayName, $"Remove-GPRegistryValue {key.FullKeyPath}"))
        {
            Demand(gpo, LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.WriteProperty);
            WriteObject(ToGpo(Store.WritePolicy(gpo, key.Section, entries, registerRegistryExtension: false)));
        }
    }
}
