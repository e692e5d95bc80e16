using System.Management.Automation;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// The GPO registry cmdlets: a GPO plus <c>-Key</c> (alias FullKeyPath). A key outside HKCU/HKLM is a terminating
/// error before any GPO is looked up, as on Windows.
/// </summary>
public abstract class RegistryKeyCmdletBase : GpoTargetCmdletBase
{
    [Parameter(Mandatory = true)]
    [Alias("FullKeyPath")]
    [ValidateNotNullOrEmpty]
    public string Key { get; set; } = string.Empty;

    /// <summary><see cref="Key"/> parsed; set once the cmdlet has begun processing.</summary>
    internal RegistryKeyPath ParsedKey { get; private set; } = null!;

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (RegistryKeyPath.TryParse(Key) is { } parsed)
        {
            ParsedKey = parsed;
            return;
        }

        ThrowTerminatingError(GroupPolicyErrors.InvalidArgument(RegistryKeyPath.InvalidKeyMessage(Key), "InvalidKeyPath", Key));
    }
}
