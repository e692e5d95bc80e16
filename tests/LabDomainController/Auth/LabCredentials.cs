namespace LabDomainController.Auth;

/// <summary>The one account the lab accepts. ToString never shows the password.</summary>
internal sealed class LabCredentials
{
    public LabCredentials(string userName, string password)
    {
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
    public bool MatchesUser(string domain, string user)
    {
        if (domain.Length == 0)
        {
            var at = user.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                (user, domain) = (user[..at], user[(at + 1)..]);
            }
        }

        return string.Equals(user, User, StringComparison.OrdinalIgnoreCase) && MatchesDomain(domain);
    }

    public bool MatchesDomain(string domain) =>
        domain.Length == 0
        || string.Equals(domain, Domain, StringComparison.OrdinalIgnoreCase)
        || string.Equals(domain, LabIdentity.DnsDomainName, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => FullUserName;
}
