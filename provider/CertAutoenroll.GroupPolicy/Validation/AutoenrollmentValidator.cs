using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Validation;

/// <summary>
/// Input checks for the Auto-Enrollment policy. Every failure names the Pulumi input
/// (<see cref="InputFields"/>) and says how to fix it. An empty list means the input is fine.
/// </summary>
public static partial class AutoenrollmentValidator
{
    /// <summary>Longest GPO display name accepted (the GPMC limit).</summary>
    public const int MaxGpoNameLength = 255;

    public const int MaxStoreNameLength = 255;

    public const int MaxDomainLength = 255;

    private const string GpoNameExample = "\"Default Domain Policy\"";

    /// <summary>Exactly one of <paramref name="gpoName"/> and <paramref name="gpoId"/>, each well formed.</summary>
    public static IReadOnlyList<ValidationFailure> ValidateTarget(string? gpoName, string? gpoId, string? domain = null)
    {
        var failures = new List<ValidationFailure>();
        if (gpoName is null && gpoId is null)
        {
            failures.Add(new(InputFields.GpoName, $"Give gpoName (the GPO's display name, e.g. {GpoNameExample}) or gpoId (its GUID); neither was set."));
        }
        else if (gpoName is not null && gpoId is not null)
        {
            failures.Add(new(InputFields.GpoId, "Give either gpoName or gpoId, not both; remove one of them."));
        }

        if (gpoName is not null)
        {
            failures.AddRange(ValidateGpoName(gpoName));
        }

        if (gpoId is not null)
        {
            failures.AddRange(ValidateGpoId(gpoId));
        }

        failures.AddRange(ValidateDomain(domain));
        return failures;
    }

    /// <summary>Checks a <see cref="GpoTarget"/> built in code the same way as the inputs.</summary>
    public static IReadOnlyList<ValidationFailure> ValidateTarget(GpoTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var failures = new List<ValidationFailure>();
        if (target.Id is { } id)
        {
            failures.AddRange(ValidateGpoId(GpoTarget.FormatId(id)));
        }
        else
        {
            failures.AddRange(ValidateGpoName(target.Name));
        }

        failures.AddRange(ValidateDomain(target.Domain));
        return failures;
    }

    public static IReadOnlyList<ValidationFailure> ValidateGpoName(string? gpoName) =>
        Single(InputFields.GpoName, TextRules.Problem(InputFields.GpoName, gpoName, MaxGpoNameLength, GpoNameExample));

    public static IReadOnlyList<ValidationFailure> ValidateGpoId(string? gpoId)
    {
        if (string.IsNullOrWhiteSpace(gpoId))
        {
            return Single(InputFields.GpoId, "gpoId must not be empty; give the GPO's GUID, e.g. \"{31B2F340-016D-11D2-945F-00C04FB984F9}\".");
        }

        if (!TryParseGpoId(gpoId, out var id))
        {
            return Single(InputFields.GpoId, "gpoId is not a GUID; write it as \"{31B2F340-016D-11D2-945F-00C04FB984F9}\" or \"31b2f340-016d-11d2-945f-00c04fb984f9\".");
        }

        return id == Guid.Empty
            ? Single(InputFields.GpoId, "gpoId is the empty GUID, which no GPO has; give the GPO's own GUID (Get-GPO -Name <name> shows it as Id).")
            : [];
    }

    /// <summary>Accepts a GUID with or without braces (the forms GPMC and Get-GPO print), nothing else.</summary>
    private static bool TryParseGpoId(string? gpoId, out Guid id)
    {
        id = Guid.Empty;
        return gpoId is not null
            && (Guid.TryParseExact(gpoId, "B", out id) || Guid.TryParseExact(gpoId, "D", out id));
    }

    /// <summary>Null (the DC's own domain) is fine; otherwise a DNS name.</summary>
    public static IReadOnlyList<ValidationFailure> ValidateDomain(string? domain)
    {
        if (domain is null)
        {
            return [];
        }

        var problem = TextRules.Problem(InputFields.Domain, domain, MaxDomainLength, "\"corp.example.com\"");
        if (problem is null && !DnsName().IsMatch(domain))
        {
            problem = "domain must be a DNS domain name such as \"corp.example.com\" (letters, digits, '-' and '.').";
        }

        return Single(InputFields.Domain, problem);
    }

    /// <summary>
    /// Null (the connected DC's own name) is fine; otherwise the DNS or NetBIOS name of the domain controller the
    /// GroupPolicy cmdlets get as <c>-Server</c>.
    /// </summary>
    public static IReadOnlyList<ValidationFailure> ValidateServer(string? server)
    {
        if (server is null)
        {
            return [];
        }

        var problem = TextRules.Problem(InputFields.Server, server, MaxDomainLength, "\"dc1.corp.example.com\"");
        if (problem is null && !DnsName().IsMatch(server))
        {
            problem = "server must be a domain controller's host name such as \"dc1.corp.example.com\" or \"DC1\" (letters, digits, '-' and '.').";
        }

        return Single(InputFields.Server, problem);
    }

    private static IReadOnlyList<ValidationFailure> Single(string field, string? problem) =>
        problem is null ? [] : [new ValidationFailure(field, problem)];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DnsName();
}
