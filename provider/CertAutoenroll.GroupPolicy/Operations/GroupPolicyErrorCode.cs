namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>Why a Group Policy operation failed. The script's wire codes are in camelCase.</summary>
public enum GroupPolicyErrorCode
{
    /// <summary>No GPO has the given id, or no GPO has the given display name (<c>gpoNotFound</c>).</summary>
    GpoNotFound,

    /// <summary>Several GPOs share the display name (<c>ambiguousGpoName</c>); address the GPO by id.</summary>
    AmbiguousGpoName,

    /// <summary>The account may not read or edit the GPO (<c>accessDenied</c>).</summary>
    AccessDenied,

    /// <summary>The GroupPolicy PowerShell module is not installed on the host (<c>moduleMissing</c>).</summary>
    ModuleMissing,

    /// <summary>The request was refused before anything was sent: bad input.</summary>
    InvalidRequest,

    /// <summary>Anything else, including a reply that could not be understood (<c>unexpected</c>).</summary>
    Unexpected,

    /// <summary>A GPO with the display name exists already (<c>gpoAlreadyExists</c>); import it instead.</summary>
    GpoAlreadyExists,

    /// <summary>The Default Domain Policy or Default Domain Controllers Policy may not be removed (<c>protectedGpo</c>).</summary>
    ProtectedGpo,

    /// <summary>The link target (domain root, OU or site DN) does not exist (<c>targetNotFound</c>).</summary>
    TargetNotFound,

    /// <summary>No certificate template has the cn (<c>templateNotFound</c>).</summary>
    TemplateNotFound,

    /// <summary>No user, group or computer matches the principal (<c>principalNotFound</c>).</summary>
    PrincipalNotFound,
}
