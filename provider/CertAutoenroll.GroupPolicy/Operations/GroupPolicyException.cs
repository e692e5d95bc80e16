using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>A Group Policy operation failed; the message names the GPO, scope and domain.</summary>
public sealed class GroupPolicyException : Exception
{
    public GroupPolicyException()
        : this(GroupPolicyErrorCode.Unexpected, "The Group Policy operation failed.")
    {
    }

    public GroupPolicyException(string message)
        : this(GroupPolicyErrorCode.Unexpected, message)
    {
    }

    public GroupPolicyException(string message, Exception innerException)
        : this(GroupPolicyErrorCode.Unexpected, message, innerException)
    {
    }

    public GroupPolicyException(GroupPolicyErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Failures = [];
    }

    private GroupPolicyException(IReadOnlyList<ValidationFailure> failures)
        : base(string.Join(Environment.NewLine, failures.Select(f => $"{f.Field}: {f.Message}")))
    {
        Code = GroupPolicyErrorCode.InvalidRequest;
        Failures = failures;
    }

    public GroupPolicyErrorCode Code { get; }

    /// <summary>For <see cref="GroupPolicyErrorCode.InvalidRequest"/>: every bad input; otherwise empty.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    internal static GroupPolicyException Invalid(IReadOnlyList<ValidationFailure> failures) => new(failures);

    /// <summary>Maps a script's wire code; unknown codes are <see cref="GroupPolicyErrorCode.Unexpected"/>.</summary>
    internal static GroupPolicyErrorCode ParseCode(string? code) => code switch
    {
        "gpoNotFound" => GroupPolicyErrorCode.GpoNotFound,
        "ambiguousGpoName" => GroupPolicyErrorCode.AmbiguousGpoName,
        "accessDenied" => GroupPolicyErrorCode.AccessDenied,
        "moduleMissing" => GroupPolicyErrorCode.ModuleMissing,
        "invalidRequest" => GroupPolicyErrorCode.InvalidRequest,
        "gpoAlreadyExists" => GroupPolicyErrorCode.GpoAlreadyExists,
        "protectedGpo" => GroupPolicyErrorCode.ProtectedGpo,
        "targetNotFound" => GroupPolicyErrorCode.TargetNotFound,
        "templateNotFound" => GroupPolicyErrorCode.TemplateNotFound,
        "principalNotFound" => GroupPolicyErrorCode.PrincipalNotFound,
        _ => GroupPolicyErrorCode.Unexpected,
    };
}
