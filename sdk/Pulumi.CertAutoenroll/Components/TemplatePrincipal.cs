namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// Forms the principal a component grants template rights to. <c>DOMAIN\name</c>, UPNs and SIDs are
/// used as given; a bare group name gets the NetBIOS domain in front, from the args or else from the
/// provider's <c>DOMAIN\user</c> username.
/// </summary>
internal static class TemplatePrincipal
{
    public static bool IsQualified(string principal) =>
        principal.Contains('\\', StringComparison.Ordinal)
        || principal.Contains('@', StringComparison.Ordinal)
        || principal.StartsWith("S-1-", StringComparison.OrdinalIgnoreCase);

    public static Output<string> Resolve(string subject, string principal, string? netBiosDomain, Output<string?>? username)
    {
        if (IsQualified(principal))
        {
            return Output.Create(principal);
        }

        if (netBiosDomain is not null)
        {
            return Output.Create($@"{netBiosDomain}\{principal}");
        }

        if (username is null)
        {
            throw new ArgumentException(
                $"{subject}: Templates needs the domain of Principal '{principal}' and the provider's username is not known here; " +
                $@"set NetBiosDomain (e.g. ""CORP"") or Principal as DOMAIN\name (e.g. ""CORP\{principal}""), a UPN or a SID.");
        }

        return username.Apply(name => Qualify(subject, principal, name));
    }

    private static string Qualify(string subject, string principal, string? username)
    {
        var separator = username?.IndexOf('\\', StringComparison.Ordinal) ?? -1;
        if (separator <= 0)
        {
            throw new InvalidOperationException(
                $"{subject}: Templates needs the domain of Principal '{principal}', but the provider's username '{username}' is not DOMAIN\\user; " +
                $@"set NetBiosDomain (e.g. ""CORP"") or Principal as DOMAIN\name (e.g. ""CORP\{principal}""), a UPN or a SID.");
        }

        return $@"{username![..separator]}\{principal}";
    }
}
