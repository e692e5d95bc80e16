using System.Management.Automation;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>The error records the lab cmdlets write; ids and texts follow the Windows GroupPolicy module.</summary>
internal static class GroupPolicyErrors
{
    public static ErrorRecord GpoWithNameNotFound(string name) => new(
        new ArgumentException($"GPO with name \"{name}\" was not found in the {LabDomain.Name} domain."),
        "GpoWithNameNotFound", ErrorCategory.ObjectNotFound, name);

    public static ErrorRecord GpoWithIdNotFound(Guid id) => new(
        new ArgumentException($"GPO with ID \"{FormatId(id)}\" was not found in the {LabDomain.Name} domain."),
        "GpoWithIdNotFound", ErrorCategory.ObjectNotFound, id);

    public static ErrorRecord GpoWithNameNotUnique(string name, int count) => new(
        new ArgumentException($"There are {count} GPOs with the name \"{name}\" in the {LabDomain.Name} domain. Specify the GPO by its GUID (-Guid) instead."),
        "GpoWithNameNotUnique", ErrorCategory.InvalidArgument, name);

    public static ErrorRecord GpoWithNameAlreadyExists(string name) => new(
        new ArgumentException($"A GPO with the name \"{name}\" already exists in the {LabDomain.Name} domain."),
        "GpoWithNameAlreadyExists", ErrorCategory.ResourceExists, name);

    public static ErrorRecord RegistrySettingNotFound(string fullKeyPath, string errorId) => new(
        new ArgumentException($"The following Group Policy registry setting was not found: \"{fullKeyPath}\".\r\nParameter name: keyPath"),
        errorId, ErrorCategory.ObjectNotFound, fullKeyPath);

    public static ErrorRecord DomainNotContacted(string domain) => new(
        new ArgumentException($"The specified domain either does not exist or could not be contacted: \"{domain}\". The lab domain controller serves only {LabDomain.Name}."),
        "DomainNotContacted", ErrorCategory.ResourceUnavailable, domain);

    public static ErrorRecord InvalidArgument(string message, string errorId, object? target) => new(
        new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord LabDataUnavailable(Exception exception) => new(
        exception, "LabDataUnavailable", ErrorCategory.ResourceUnavailable, null);

    public static string FormatId(Guid id) => id.ToString("B").ToUpperInvariant();
}
