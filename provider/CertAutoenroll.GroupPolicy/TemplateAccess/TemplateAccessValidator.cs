using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.TemplateAccess;

/// <summary>Input rules of the CertificateTemplateAccess resource, checked before anything is sent.</summary>
public static class TemplateAccessValidator
{
    /// <summary>The cn attribute's rangeUpper in the AD schema.</summary>
    public const int MaxTemplateLength = 64;

    public static IReadOnlyList<ValidationFailure> Validate(string? template, string? principal)
    {
        var failures = new List<ValidationFailure>();
        if (TextRules.Problem("template", template, MaxTemplateLength, "'User' (the template's cn, not its display name)") is { } templateProblem)
        {
            failures.Add(new ValidationFailure("template", templateProblem));
        }

        if (TextRules.Problem("principal", principal, 1024, @"'CONTOSO\Domain Users', 'alice@contoso.com' or 'S-1-5-21-…-513'") is { } principalProblem)
        {
            failures.Add(new ValidationFailure("principal", principalProblem));
        }

        return failures;
    }
}
