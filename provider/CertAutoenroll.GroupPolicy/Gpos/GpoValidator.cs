using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Gpos;

/// <summary>Input rules of the GroupPolicy resource, checked before anything is sent.</summary>
public static class GpoValidator
{
    /// <summary>GPMC limits a GPO comment to 2,047 characters (New-GPO -Comment).</summary>
    public const int MaxCommentLength = 2047;

    /// <summary>A displayName longer than this is refused by GPMC [inference: the attribute's rangeUpper].</summary>
    public const int MaxNameLength = 255;

    public static IReadOnlyList<ValidationFailure> Validate(string? name, string? comment, GpoStatus? status)
    {
        var failures = new List<ValidationFailure>();
        if (name is not null && TextRules.Problem("name", name, MaxNameLength, "'Certificate Autoenrollment'") is { } nameProblem)
        {
            failures.Add(new ValidationFailure("name", nameProblem));
        }

        if (comment is not null)
        {
            if (comment.Length > MaxCommentLength)
            {
                failures.Add(new ValidationFailure("comment", $"comment is {comment.Length} characters long; shorten it to at most {MaxCommentLength}."));
            }
            else if (comment.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'))
            {
                failures.Add(new ValidationFailure("comment", "comment contains a control character other than a line break or tab; remove it."));
            }
        }

        if (status is { } s && !Enum.IsDefined(s))
        {
            failures.Add(new ValidationFailure("status", $"status {(int)s} is not one of {string.Join(", ", Enum.GetNames<GpoStatus>())}; pick one of them."));
        }

        return failures;
    }
}
