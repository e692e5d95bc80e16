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
}
