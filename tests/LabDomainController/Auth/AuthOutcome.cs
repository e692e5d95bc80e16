namespace LabDomainController.Auth;

/// <summary>What the HTTP gate decided for one request.</summary>
internal sealed record AuthOutcome(
    AuthOutcomeKind Kind, IConnectionSealing? Sealing = null, string? ChallengeHeader = null, string? Detail = null, bool IsPrivileged = true,
    string? Account = null)
{
    public static AuthOutcome Unauthorized(string? challengeHeader = null, string? detail = null) =>
        new(AuthOutcomeKind.Unauthorized, ChallengeHeader: challengeHeader, Detail: detail);
}

internal enum AuthOutcomeKind
{
    Authenticated,
    Unauthorized,
    Failed,
    BadRequest,
}
