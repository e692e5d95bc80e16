namespace Microsoft.GroupPolicy;

/// <summary>
/// The GPO permission levels of GPMC [doc: GPPermissionType enumeration]; the WMI filter, starter GPO and SOM levels
/// are not modelled. <c>None</c> is "reserved for internal use by the Group Policy Windows PowerShell cmdlets".
/// </summary>
public enum GPPermissionType
{
    None,
    GpoApply,
    GpoRead,
    GpoEdit,
    GpoEditDeleteModifySecurity,
    GpoCustom,
}
