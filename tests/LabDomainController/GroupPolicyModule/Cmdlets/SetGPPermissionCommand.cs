using System.Management.Automation;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.GpoSecurity;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Set-GPPermission -Guid | -Name | -All, -PermissionLevel, -TargetName, -TargetType [-Replace]: grants a level unless
/// the trustee already has a higher one (-Replace sets it as given) [doc: Set-GPPermission]. Needs WRITE_DAC on the GPO.
/// </summary>
[Cmdlet(VerbsCommon.Set, "GPPermission", DefaultParameterSetName = OneByGuid, SupportsShouldProcess = true)]
[Alias("Set-GPPermissions")]
[OutputType(typeof(Gpo))]
public sealed class SetGPPermissionCommand : GroupPolicyCmdletBase
{
    private const string OneByGuid = "PermissionOne(GUID)";
    private const string OneByName = "PermissionOne(Name)";
    private const string AllSet = "PermissionAll";

    [Parameter(ParameterSetName = OneByGuid, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ID")]
    public Guid Guid { get; set; }

    [Parameter(ParameterSetName = OneByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DisplayName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    [Parameter(ParameterSetName = AllSet, Mandatory = true)]
    public SwitchParameter All { get; set; }

    [Parameter(Mandatory = true)]
    public GPPermissionType PermissionLevel { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string TargetName { get; set; } = string.Empty;

    [Parameter(Mandatory = true)]
    public PermissionTrusteeType TargetType { get; set; }

    [Parameter]
    public SwitchParameter Replace { get; set; }

    protected override void ProcessRecord()
    {
        if (PermissionLevel == GPPermissionType.GpoCustom || (PermissionLevel == GPPermissionType.None && !Replace))
        {
            ThrowTerminatingError(GroupPolicyErrors.InvalidArgument(
                $"-PermissionLevel {PermissionLevel} cannot be set: use GpoRead, GpoApply, GpoEdit or GpoEditDeleteModifySecurity (None only with -Replace, to remove the trustee).",
                "InvalidPermissionLevel", PermissionLevel));
        }

        var directory = DirectoryStore;
        var sid = GpoTrustees.Resolve(directory, TargetName, TargetType);
        if (sid is null)
        {
            WriteError(GroupPolicyErrors.TrusteeNotFound(TargetName));
            return;
        }

        var gpos = ParameterSetName == AllSet
            ? Store.List()
            : ResolveGpo(ParameterSetName == OneByGuid ? Guid : null, Name) is { } one ? [one] : [];
        foreach (var gpo in gpos)
        {
            if (!ShouldProcess(gpo.Directory.DisplayName, $"Set-GPPermission {PermissionLevel} for {TargetName}"))
            {
                continue;
            }

            Demand(gpo, AccessCheck.WriteDac);
            var descriptor = GpoDescriptors.Parse(gpo.Directory, directory);
            if (GpoPermissionLevels.Set(descriptor, sid, PermissionLevel, Replace))
            {
                var document = gpo.Directory;
                document.SecurityDescriptor = descriptor.Sddl;
                document.WhenChanged = DateTime.UtcNow;
                Store.Save(gpo.FolderName, document);
            }

            WriteObject(ToGpo(Store.FindById(gpo.Id) ?? gpo));
        }
    }
}
