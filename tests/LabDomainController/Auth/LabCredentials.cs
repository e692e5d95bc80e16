namespace LabDomainController.Auth;

/// <summary>
/// The lab's accounts: the administrator; optionally an account that authenticates with the same password
/// but has no WinRM rights (answered with access denied, as Windows does for a user outside
/// Remote Management Users); optionally a standard account with its own password that may use WinRM and read
/// GPOs but is in no admin group. ToString never shows a password.
/// </summary>
internal sealed class LabCredentials
{
    private readonly string? _unprivilegedUser;
    private readonly string? _localPassword;
    private readonly string? _standardPassword;

    public LabCredentials(
        string userName, string password, string? unprivilegedUserName = null, string? localUserName = null, string? localPassword = null,
        string? standardUserName = null, string? standardPassword = null)
    {
        if (standardUserName is not null)
        {
            var slash = standardUserName.IndexOf('\\', StringComparison.Ordinal);
            StandardUser = slash >= 0 ? standardUserName[(slash + 1)..] : standardUserName;
            _standardPassword = standardPassword ?? throw new ArgumentNullException(nameof(standardPassword), "A standard account needs its password.");
        }

        LocalUserName = localUserName;
        _localPassword = localPassword;
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

    /// <summary>The DC's local account, the only kind Basic authentication accepts; null = none (Basic is off).</summary>
    public string? LocalUserName { get; }

    /// <summary>
    /// Basic's rule on Windows: only a local account, written bare, as <c>.\name</c> or as <c>COMPUTER\name</c>.
    /// A domain account (<c>LAB\…</c>, <c>…@lab.test</c>) never passes, whatever its password.
    /// </summary>
    public bool MatchesLocalAccount(string userName, string password)
    {
        if (LocalUserName is null || _localPassword is null)
        {
            return false;
        }

        var slash = userName.IndexOf('\\', StringComparison.Ordinal);
        var qualifier = slash < 0 ? string.Empty : userName[..slash];
        var name = slash < 0 ? userName : userName[(slash + 1)..];
        var isLocalForm = qualifier.Length == 0 || qualifier == "." || string.Equals(qualifier, GroupPolicyModule.Topology.LabTopology.ComputerName, StringComparison.OrdinalIgnoreCase);
        return isLocalForm
            && string.Equals(name, LocalUserName, StringComparison.OrdinalIgnoreCase)
            && string.Equals(password, _localPassword, StringComparison.Ordinal);
    }

    /// <summary>Accepts <c>user</c>, <c>DOMAIN\user</c> and <c>user@dns.domain</c> forms, as Windows does.</summary>
    public bool MatchesUser(string domain, string user) => Matches(domain, user, User);

    /// <summary>The standard account's bare name; null = none.</summary>
    public string? StandardUser { get; }

    /// <summary>True for the administrator and for the unprivileged account.</summary>
    public bool IsKnownUser(string domain, string user) =>
        MatchesUser(domain, user) || (_unprivilegedUser is not null && Matches(domain, user, _unprivilegedUser));

    /// <summary>The account a logon names, spelled as the lab knows it (its sAMAccountName), or null for an unknown one.</summary>
    public string? AccountFor(string domain, string user)
    {
        if (MatchesUser(domain, user))
        {
            return User;
        }

        if (StandardUser is not null && Matches(domain, user, StandardUser))
        {
            return StandardUser;
        }

        return _unprivilegedUser is not null && Matches(domain, user, _unprivilegedUser) ? _unprivilegedUser : null;
    }

    /// <summary>The password of the account a logon names; null for an unknown account.</summary>
    public string? PasswordFor(string domain, string user) =>
        AccountFor(domain, user) is not { } account ? null
        : StandardUser is not null && string.Equals(account, StandardUser, StringComparison.Ordinal) ? _standardPassword
        : Password;

    /// <summary>Whether the account may use WinRM (the administrator and the standard account; not the unprivileged one).</summary>
    public bool MayUseWinRm(string account) =>
        string.Equals(account, User, StringComparison.Ordinal) || (StandardUser is not null && string.Equals(account, StandardUser, StringComparison.Ordinal));

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
