namespace LabDomainController.Auth;

/// <summary>
/// The lab's accounts: the administrator, and optionally an account that authenticates with the same password
/// but has no WinRM rights (answered with access denied, as Windows does for a user outside
/// Remote Management Users). ToString never shows the password.
/// </summary>
internal sealed class LabCredentials
{
    private readonly string? _unprivilegedUser;

    public LabCredentials(string userName, string password, string? unprivilegedUserName = null)
    {
        if (unprivilegedUserName is not null)
        {
            var slash = unprivilegedUserName.IndexOf('\\', StringComparison.Ordinal);
            _unprivilegedUser = slash >= 0 ? unprivilegedUserName[(slash + 1)..] : unprivilegedUserName;
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(password);
        var separator = userName.IndexOf('\\', StringComparison.Ordinal);
        (Domain, User) = separator >= 0 ? (userName[..separator], userName[(separator + 1)..]) : ("LAB", userName);
        FullUserName = userName;
        Password = password;
    }

    public string Domain { get; }

    public string User { get; }

    public string FullUserName { get; }

    public string Password { get; }

    /// <summary>Accepts <c>user</c>, <c>DOMAIN\user</c> and <c>user@dns.domain</c> forms, as Windows does.</summary>
    public bool MatchesUser(string domain, string user) => Matches(domain, user, User);

    /// <summary>True for the administrator and for the unprivileged account.</summary>
    public bool IsKnownUser(string domain, string user) =>
        MatchesUser(domain, user) || (_unprivilegedUser is not null && Matches(domain, user, _unprivilegedUser));

    private bool Matches(string domain, string user, string expectedUser)
    {
        if (domain.Length == 0)
        {
            var at = user.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                (user, domain) = (user[..at], user[(at + 1)..]);
            }
        }

        return string.Equals(user, expectedUser, StringComparison.OrdinalIgnoreCase) && MatchesDomain(domain);
    }

    public bool MatchesDomain(string domain) =>
        domain.Length == 0
        || string.Equals(domain, Domain, StringComparison.OrdinalIgnoreCase)
        || string.Equals(domain, LabIdentity.DnsDomainName, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => FullUserName;
}
