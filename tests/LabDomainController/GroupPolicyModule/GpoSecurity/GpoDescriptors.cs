using LabDomainController.GroupPolicyModule.ActiveDirectory.Security;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.GpoSecurity;

/// <summary>
/// The security descriptor of a GPO's groupPolicyContainer: what a new GPO gets, and the rights each GPO operation
/// needs. Sources: tests/LabDomainController/GroupPolicyModule/REFERENCE.md, "GPO permissions".
/// </summary>
internal static class GpoDescriptors
{
    /// <summary>The Apply Group Policy extended right [doc: Group-Policy-Container class, its defaultSecurityDescriptor].</summary>
    public static readonly Guid ApplyGroupPolicy = Guid.Parse("edacfd8f-ffb3-11d1-b41d-00a0c968f939");

    public static readonly Guid GroupPolicyContainerClass = Guid.Parse(LabDirectory.GroupPolicyContainerClass);

    /// <summary>Read: list, read properties, list object, read control (GPMC's READ).</summary>
    public const int Read = AccessCheck.ListChildren | AccessCheck.ReadProperty | AccessCheck.ListObject | AccessCheck.ReadControl;

    /// <summary>GpoEdit: READ, WRITE, CREATE CHILD, DELETE CHILD [doc: GPPermissionType] (WRITE as write property and self write).</summary>
    public const int Edit = Read | AccessCheck.WriteProperty | 0x8 | AccessCheck.CreateChild | AccessCheck.DeleteChild;

    /// <summary>GpoEditDeleteModifySecurity: GpoEdit plus DELETE, MODIFY PERMISSIONS, MODIFY OWNER [doc: GPPermissionType] (and delete tree).</summary>
    public const int EditDeleteModifySecurity = Edit | AccessCheck.Delete | AccessCheck.WriteDac | AccessCheck.WriteOwner | 0x40;

    // The schema's defaultSecurityDescriptor of groupPolicyContainer plus ENTERPRISE DOMAIN CONTROLLERS read, as a new GPO
    // shows in Get-GPPermission -All [doc: Group-Policy-Container class; Get-GPPermission example 3]. CREATOR OWNER stays
    // inherit-only; the creator itself gets the full ACE when it is not a Domain or Enterprise Admin [doc: GPMC delegation].
    private const string DefaultDacl =
        "D:P(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;DA)(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;EA)(A;CIIO;CCDCLCSWRPWPDTLOSDRCWDWO;;;CO)"
        + "(A;CI;CCDCLCSWRPWPDTSDRCWDWO;;;SY)(A;CI;LCRPLORC;;;ED)(A;CI;LCRPLORC;;;AU)(OA;CI;CR;edacfd8f-ffb3-11d1-b41d-00a0c968f939;;AU)";

    private static readonly string DomainAdmins = LabDirectory.Sid(512);

    private static readonly string EnterpriseAdmins = LabDirectory.Sid(519);

    /// <summary>The descriptor of a GPO the account with <paramref name="creatorToken"/> (and SID <paramref name="creatorSid"/>) creates now.</summary>
    public static string ForNewGpo(string? creatorSid, IReadOnlySet<string> creatorToken)
    {
        if (creatorSid is null || creatorToken.Contains(DomainAdmins) || creatorToken.Contains(EnterpriseAdmins))
        {
            return "O:DAG:DA" + DefaultDacl;
        }

        return $"O:{creatorSid}G:DA{DefaultDacl}(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;{creatorSid})";
    }

    /// <summary>The GPO's descriptor; a GPO stored without one (the two default GPOs, older data) has a Domain Admin's default.</summary>
    public static string Of(AdGpoDocument document) =>
        document.SecurityDescriptor.Length > 0 ? document.SecurityDescriptor : "O:DAG:DA" + DefaultDacl;

    public static LabActiveDirectorySecurity Parse(AdGpoDocument document, AdStore directory) =>
        new(Of(document), sid => ActiveDirectory.Objects.AdObjects.AccountName(directory, sid));
}
