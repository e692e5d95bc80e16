using System.Management.Automation;
using System.Runtime.InteropServices;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.GroupPolicyModule.Topology;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// The error records the lab cmdlets write; ids and exception types follow the Windows GroupPolicy module, texts
/// are in the lab's culture (English or German), so a script that reads the text fails in the lab as it would on
/// a non-English DC. Sources: tests/LabDomainController/GroupPolicyModule/REFERENCE.md.
/// </summary>
internal static class GroupPolicyErrors
{
    /// <summary>ERROR_DS_OPERATIONS_ERROR as an HRESULT: what a second hop without delegation fails with.</summary>
    public const int OperationsErrorHResult = unchecked((int)0x80072020);

    /// <summary>ERROR_NO_SUCH_DOMAIN as an HRESULT.</summary>
    public const int NoSuchDomainHResult = unchecked((int)0x8007054B);

    private static LabTopology Topology { get; } = LabTopology.FromEnvironment();

    public static ErrorRecord GpoWithNameNotFound(string name) => new(
        new ArgumentException(Text(
            $"GPO with name \"{name}\" was not found in the {LabDomain.Name} domain.",
            $"Das Gruppenrichtlinienobjekt mit dem Namen \"{name}\" wurde in der Domäne {LabDomain.Name} nicht gefunden.")),
        "GpoWithNameNotFound", ErrorCategory.ObjectNotFound, name);

    public static ErrorRecord GpoWithIdNotFound(Guid id) => new(
        new ArgumentException(Text(
            $"GPO with ID \"{FormatId(id)}\" was not found in the {LabDomain.Name} domain.",
            $"Das Gruppenrichtlinienobjekt mit der ID \"{FormatId(id)}\" wurde in der Domäne {LabDomain.Name} nicht gefunden.")),
        "GpoWithIdNotFound", ErrorCategory.ObjectNotFound, id);

    public static ErrorRecord GpoWithNameNotUnique(string name, int count) => new(
        new ArgumentException(Text(
            $"There are {count} GPOs with the name \"{name}\" in the {LabDomain.Name} domain. Specify the GPO by its GUID (-Guid) instead.",
            $"In der Domäne {LabDomain.Name} gibt es {count} Gruppenrichtlinienobjekte mit dem Namen \"{name}\". Geben Sie das Objekt mit seiner GUID (-Guid) an.")),
        "GpoWithNameNotUnique", ErrorCategory.InvalidArgument, name);

    public static ErrorRecord GpoWithNameAlreadyExists(string name) => new(
        new ArgumentException(Text(
            $"A GPO with the name \"{name}\" already exists in the {LabDomain.Name} domain.",
            $"In der Domäne {LabDomain.Name} ist bereits ein Gruppenrichtlinienobjekt mit dem Namen \"{name}\" vorhanden.")),
        "GpoWithNameAlreadyExists", ErrorCategory.ResourceExists, name);

    /// <summary>
    /// A key or value that is not configured: an ArgumentException on the keyPath parameter. The error id Windows
    /// gives is not known, so the lab gives none beyond the exception's type: only type and ParamName identify it.
    /// </summary>
    public static ErrorRecord RegistrySettingNotFound(string fullKeyPath) => new(
        new KeyPathArgumentException(
            Text(
                $"The following Group Policy registry setting was not found: \"{fullKeyPath}\".",
                $"Die folgende Registrierungseinstellung der Gruppenrichtlinie wurde nicht gefunden: \"{fullKeyPath}\"."),
            Topology.IsGerman),
        typeof(ArgumentException).FullName, ErrorCategory.NotSpecified, fullKeyPath);

    public static ErrorRecord RegistrySettingNotRemoved(string fullKeyPath, string errorId) => new(
        new KeyPathArgumentException(
            Text(
                $"The following Group Policy registry setting was not found: \"{fullKeyPath}\".",
                $"Die folgende Registrierungseinstellung der Gruppenrichtlinie wurde nicht gefunden: \"{fullKeyPath}\"."),
            Topology.IsGerman),
        errorId, ErrorCategory.ObjectNotFound, fullKeyPath);

    public static ErrorRecord KeyHasSubkeySettings(string fullKeyPath) => new(
        new KeyPathArgumentException(
            Text(
                $"The registry key \"{fullKeyPath}\" has subkeys that hold settings; remove those first or name a value with -ValueName.",
                $"Der Registrierungsschlüssel \"{fullKeyPath}\" hat Unterschlüssel mit Einstellungen; entfernen Sie diese zuerst oder geben Sie mit -ValueName einen Wert an."),
            Topology.IsGerman),
        "UnableToRemovePolicyRegistryItem", ErrorCategory.InvalidOperation, fullKeyPath);

    /// <summary>A domain this DC cannot serve (none, or another domain asked of this DC): ERROR_NO_SUCH_DOMAIN.</summary>
    public static ErrorRecord DomainNotContacted(string domain) => new(
        new COMException(
            Text(
                "The specified domain either does not exist or could not be contacted. (Exception from HRESULT: 0x8007054B)",
                "Die angegebene Domäne existiert nicht, oder es konnte keine Verbindung hergestellt werden. (Ausnahme von HRESULT: 0x8007054B)"),
            NoSuchDomainHResult),
        "DomainNotContacted", ErrorCategory.ResourceUnavailable, domain);

    /// <summary>
    /// The session's logon cannot go on from the lab to <paramref name="server"/> (NTLM, or Kerberos without
    /// delegation): thrown as the bare COMException, so PowerShell shapes the record as Windows shows it
    /// (NotSpecified, <c>System.Runtime.InteropServices.COMException,Microsoft.GroupPolicy.Commands.…</c>).
    /// </summary>
    public static COMException SecondHop() => new(
        Text(
            "An operations error occurred. (Exception from HRESULT: 0x80072020)",
            "Ein Vorgangsfehler ist aufgetreten. (Ausnahme von HRESULT: 0x80072020)"),
        OperationsErrorHResult);

    /// <summary>
    /// E_ACCESSDENIED as the Windows module raises it for an account without the right: an unhandled
    /// UnauthorizedAccessException, so PowerShell records NotSpecified, <c>System.UnauthorizedAccessException,…Command</c>
    /// [public error output of New-GPO by a non-admin; REFERENCE.md "GPO permissions"].
    /// </summary>
    public static UnauthorizedAccessException AccessDenied() => new(Text(
        "Access is denied. (Exception from HRESULT: 0x80070005 (E_ACCESSDENIED))",
        "Zugriff verweigert (Ausnahme von HRESULT: 0x80070005 (E_ACCESSDENIED))"));

    /// <summary>-TargetName names no account of -TargetType: non-terminating; the id Windows gives is not known, so only the type identifies it.</summary>
    public static ErrorRecord TrusteeNotFound(string targetName) => new(
        new ArgumentException(Text(
            $"The trustee \"{targetName}\" could not be found in the {LabDomain.Name} domain.",
            $"Der Treuhänder \"{targetName}\" wurde in der Domäne {LabDomain.Name} nicht gefunden.")),
        typeof(ArgumentException).FullName, ErrorCategory.ObjectNotFound, targetName);

    /// <summary>The trustee exists but has no permission on the GPO: non-terminating [doc: Get-GPPermission example 4]; id unknown.</summary>
    public static ErrorRecord TrusteeHasNoPermission(string targetName, string gpoName) => new(
        new ArgumentException(Text(
            $"The trustee \"{targetName}\" has no permissions on the GPO \"{gpoName}\".",
            $"Der Treuhänder \"{targetName}\" hat keine Berechtigungen für das Gruppenrichtlinienobjekt \"{gpoName}\".")),
        typeof(ArgumentException).FullName, ErrorCategory.ObjectNotFound, targetName);

    public static ErrorRecord InvalidArgument(string message, string errorId, object? target) => new(
        new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord LabDataUnavailable(Exception exception) => new(
        exception, "LabDataUnavailable", ErrorCategory.ResourceUnavailable, null);

    public static string FormatId(Guid id) => id.ToString("B").ToUpperInvariant();

    private static string Text(string english, string german) => Topology.IsGerman ? german : english;

    /// <summary>An ArgumentException on <c>keyPath</c> whose text is .NET Framework's ("Parameter name: keyPath").</summary>
    private sealed class KeyPathArgumentException(string message, bool german) : ArgumentException(message, "keyPath")
    {
        public override string Message => base.Message.Split(" (Parameter ", 2)[0] + (german ? "\r\nParametername: keyPath" : "\r\nParameter name: keyPath");
    }
}
