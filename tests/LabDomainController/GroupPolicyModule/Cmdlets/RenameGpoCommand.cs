using System.Management.Automation;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>Rename-GPO -Guid | -Name -TargetName: a new display name (the GUID stays); refuses a name another GPO has.</summary>
[Cmdlet(VerbsCommon.Rename, "GPO", DefaultParameterSetName = ByGuid, SupportsShouldProcess = true)]
[OutputType(typeof(Gpo))]
public sealed class RenameGpoCommand : GpoTargetCmdletBase
{
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string TargetName { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        if (TargetName.Any(char.IsControl))
        {
            WriteError(GroupPolicyErrors.InvalidArgument(
                "The GPO name contains a control character; use printable characters only.", "InvalidGpoName", TargetName));
            return;
        }

        if (ResolveGpo() is not { } gpo)
        {
            return;
        }

        if (Store.FindByName(TargetName).Any(other => other.Id != gpo.Id))
        {
            WriteError(GroupPolicyErrors.GpoWithNameAlreadyExists(TargetName));
            return;
        }

        if (!ShouldProcess(gpo.Directory.DisplayName, $"Rename-GPO to {TargetName}"))
        {
            return;
        }

        Demand(gpo, LabDomainController.GroupPolicyModule.ActiveDirectory.Security.AccessCheck.WriteProperty);
        var document = gpo.Directory;
        document.DisplayName = TargetName;
        document.WhenChanged = DateTime.UtcNow;
        Store.Save(gpo.FolderName, document);
        WriteObject(ToGpo(Store.FindById(gpo.Id)!));
    }
}
