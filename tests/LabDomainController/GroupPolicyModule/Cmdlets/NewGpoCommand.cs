using System.Management.Automation;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>New-GPO -Name [-Comment]. Refuses a display name already in use.</summary>
[Cmdlet(VerbsCommon.New, "GPO", SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class NewGpoCommand : GroupPolicyCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("DisplayName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    [Parameter]
    public string? Comment { get; set; }

    protected override void ProcessRecord()
    {
        if (Name.Any(char.IsControl))
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                "The GPO name contains a control character; use printable characters only.", "InvalidGpoName", Name));
            return;
        }

        if (Store.FindByName(Name).Count > 0)
        {
            WriteError(GroupPolicyErrors.GpoWithNameAlreadyExists(Name));
            return;
        }

        if (ShouldProcess(Name, "New-GPO"))
        {
            WriteObject(ToGpo(Store.Create(Guid.NewGuid(), Name, Comment ?? string.Empty)));
        }
    }
}
