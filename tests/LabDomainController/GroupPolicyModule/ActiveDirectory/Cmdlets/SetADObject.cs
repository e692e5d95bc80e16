using System.Collections;
using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.ActiveDirectory.Management.Commands;

/// <summary>Set-ADObject -Identity -Replace @{attribute = value}: the attributes the lab models (nTSecurityDescriptor, gPLink, gPOptions, displayName).</summary>
[Cmdlet(VerbsCommon.Set, "ADObject", SupportsShouldProcess = true)]
public sealed class SetADObject : ActiveDirectoryCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public object Identity { get; set; } = string.Empty;

    [Parameter(Mandatory = true)]
    public Hashtable Replace { get; set; } = [];

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var identity = Identity is PSObject wrapped ? wrapped.Properties["DistinguishedName"]?.Value?.ToString() ?? wrapped.ToString() : Identity.ToString() ?? string.Empty;
        var entry = Resolve(identity, accountIdentities: false);
        if (entry is null)
        {
            ThrowIdentityNotFound(identity, LabDomain.DistinguishedName);
            return;
        }

        // Writing a DACL needs WRITE_DAC, any other attribute WRITE_PROPERTY; without it Windows answers access denied.
        var writesDacl = Replace.Keys.Cast<object>().Any(k => string.Equals(k.ToString(), "nTSecurityDescriptor", StringComparison.OrdinalIgnoreCase));
        var writesOther = Replace.Keys.Cast<object>().Any(k => !string.Equals(k.ToString(), "nTSecurityDescriptor", StringComparison.OrdinalIgnoreCase));
        var token = LabLogon.Token(Store);
        if ((writesDacl && !AccessCheck.Grants(entry.SecurityDescriptor, token, AccessCheck.WriteDac))
            || (writesOther && !AccessCheck.Grants(entry.SecurityDescriptor, token, AccessCheck.WriteProperty)))
        {
            ThrowTerminatingError(new ErrorRecord(
                new UnauthorizedAccessException("Access is denied"), "ActiveDirectoryCmdlet:System.UnauthorizedAccessException",
                ErrorCategory.PermissionDenied, identity));
        }

        foreach (DictionaryEntry change in Replace)
        {
            var attribute = change.Key.ToString() ?? string.Empty;
            var value = change.Value is PSObject psObject ? psObject.BaseObject : change.Value;
            switch (attribute.ToUpperInvariant())
            {
                case "NTSECURITYDESCRIPTOR" when value is LabActiveDirectorySecurity descriptor:
                    entry.SecurityDescriptor = descriptor.ToStoredSddl();
                    break;
                case "NTSECURITYDESCRIPTOR":
                    ThrowArgument($"nTSecurityDescriptor takes an ActiveDirectorySecurity object (the object's .nTSecurityDescriptor, edited); got {value?.GetType().FullName ?? "null"}.", identity);
                    return;
                case "GPLINK":
                    entry.GpLink = value?.ToString();
                    break;
                case "GPOPTIONS":
                    entry.GpOptions = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "DISPLAYNAME":
                    entry.DisplayName = value?.ToString();
                    break;
                default:
                    ThrowArgument($"The lab directory does not model the attribute '{attribute}'.", identity);
                    return;
            }
        }

        if (ShouldProcess(entry.DistinguishedName, "Set"))
        {
            Store.Save(entry);
            if (PassThru)
            {
                WriteEntry(entry, null, "ADObject");
            }
        }
    }
}
