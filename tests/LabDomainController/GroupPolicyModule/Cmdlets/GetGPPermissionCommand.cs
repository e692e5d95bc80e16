using System.Management.Automation;
using LabDomainController.GroupPolicyModule.GpoSecurity;

namespace Microsoft.GroupPolicy.Commands;

/// <summary>
/// Get-GPPermission -Guid | -Name, -TargetName -TargetType | -All: the GPO's permissions as GPMC shows them
/// [doc: Get-GPPermission; sets SourcebyGUID (default) and SourcebyName].
/// </summary>
[Cmdlet(VerbsCommon.Get, "GPPermission", DefaultParameterSetName = ByGuid)]
[Alias("Get-GPPermissions")]
[OutputType(typeof(GPPermission))]
public sealed class GetGPPermissionCommand : GroupPolicyCmdletBase
{
    private const string ByGuid = "SourcebyGUID";
    private const string ByName = "SourcebyName";

    [Parameter(ParameterSetName = ByGuid, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ID")]
    public Guid Guid { get; set; }

    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [Alias("DisplayName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? TargetName { get; set; }

    [Parameter]
    public PermissionTrusteeType? TargetType { get; set; }

    [Parameter]
    public SwitchParameter All { get; set; }

    protected override void ProcessRecord()
    {
        if (!All && (TargetName is null || TargetType is null))
        {
            ThrowTerminatingError(GroupPolicyErrors.InvalidArgument(
                "Get-GPPermission needs -TargetName with -TargetType (Computer, User or Group), or -All.", "MissingTarget", TargetName));
        }

        if (ResolveGpo(ParameterSetName == ByGuid ? Guid : null, Name) is not { } gpo)
        {
            return;
        }

        var directory = DirectoryStore;
        var levels = GpoPermissionLevels.Of(GpoDescriptors.Parse(gpo.Directory, directory));
        if (All)
        {
            foreach (var level in levels)
            {
                WriteObject(ToPermission(directory, level));
            }

            return;
        }

        var sid = GpoTrustees.Resolve(directory, TargetName!, TargetType!.Value);
        if (sid is null)
        {
            WriteError(GroupPolicyErrors.TrusteeNotFound(TargetName!));
            return;
        }

        var mine = levels.Where(l => string.Equals(l.Sid, sid, StringComparison.OrdinalIgnoreCase)).ToList();
        if (mine.Count == 0)
        {
            WriteError(GroupPolicyErrors.TrusteeHasNoPermission(TargetName!, gpo.Directory.DisplayName));
            return;
        }

        foreach (var level in mine)
        {
            WriteObject(ToPermission(directory, level));
        }
    }

    private static GPPermission ToPermission(LabDomainController.GroupPolicyModule.ActiveDirectory.Store.AdStore directory, GpoPermissionLevels.Level level) => new()
    {
        Permission = level.Permission,
        Trustee = GpoTrustees.ForSid(directory, level.Sid),
        Denied = level.Denied,
        Inherited = level.Inherited,
    };
}
