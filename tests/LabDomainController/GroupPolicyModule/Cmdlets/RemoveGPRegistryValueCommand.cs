using System.Management.Automation;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Remove-GPRegistryValue -Key [-ValueName]: removes the named values (and their <c>**del.</c> entries), or without
/// -ValueName the key with everything below it. Nothing configured there is an error, as on Windows.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "GPRegistryValue", DefaultParameterSetName = ByName, SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class RemoveGPRegistryValueCommand : RegistryKeyCmdletBase
{
    [Parameter]
    public string[]? ValueName { get; set; }

    protected override void ProcessRecord()
    {
        var key = ParsedKey;
        if (ResolveGpo() is not { } gpo)
        {
            return;
        }

        var entries = Store.ReadPolicy(gpo, key.Section).ToList();
        var removedAny = false;
        if (ValueName is null || ValueName.Length == 0)
        {
            removedAny = entries.RemoveAll(e => key.IsKeyOrBelow(e.Key)) > 0;
            if (!removedAny)
            {
                WriteError(GroupPolicyErrors.RegistrySettingNotFound(key.FullKeyPath, "UnableToRemovePolicyRegistryItem"));
            }
        }
        else
        {
            foreach (var name in ValueName)
            {
                var removed = entries.RemoveAll(e => key.IsKey(e.Key)
                    && (string.Equals(e.ValueName, name, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(e.ValueName, RegistryPolEntry.DeleteValuePrefix + name, StringComparison.OrdinalIgnoreCase)));
                if (removed == 0)
                {
                    WriteError(GroupPolicyErrors.RegistrySettingNotFound(key.FullKeyPath, "UnableToRemovePolicyRegistryItem"));
                }

                removedAny |= removed > 0;
            }
        }

        if (removedAny && ShouldProcess(gpo.Directory.DisplayName, $"Remove-GPRegistryValue {key.FullKeyPath}"))
        {
            WriteObject(ToGpo(Store.WritePolicy(gpo, key.Section, entries, registerRegistryExtension: false)));
        }
    }
}
