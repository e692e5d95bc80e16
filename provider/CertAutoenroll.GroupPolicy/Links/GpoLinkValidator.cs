using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Links;

/// <summary>Input rules of the GroupPolicyLink resource, checked before anything is sent.</summary>
public static class GpoLinkValidator
{
    public static IReadOnlyList<ValidationFailure> Validate(string? target, int? order)
    {
        var failures = new List<ValidationFailure>();
        if (TextRules.Problem("target", target, 2048, "'OU=Staff,DC=contoso,DC=com'") is { } problem)
        {
            failures.Add(new ValidationFailure("target", problem));
        }
        else if (!target!.Contains('=', StringComparison.Ordinal))
        {
            failures.Add(new ValidationFailure("target", $"target '{target}' is not a distinguished name; give the DN of the domain root, an OU or a site, e.g. 'OU=Staff,DC=contoso,DC=com'."));
        }

        if (order is < 1)
        {
            failures.Add(new ValidationFailure("order", $"order {order} is below 1; link order is 1-based (1 = highest precedence), or leave it out to append."));
        }

        return failures;
    }
}
