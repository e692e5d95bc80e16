using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

/// <summary>
/// The account a lab PowerShell process runs as, and the SIDs of its logon token. The lab host names the account in
/// <see cref="AccountVariable"/> (the WinRM logon of the shell); a pwsh started without it (tests editing the lab by
/// hand) runs as the domain's built-in Administrator.
/// </summary>
public static class LabLogon
{
    public const string AccountVariable = "LAB_LOGON_USER";

    public const string DefaultAccount = "Administrator";

    // Every authenticated network logon's token carries these [doc: well-known SIDs — Everyone, Authenticated Users, NETWORK].
    private static readonly string[] LogonSids = ["S-1-1-0", "S-1-5-11", "S-1-5-2"];

    /// <summary>Read once per process, so a script that changes its environment later cannot become someone else.</summary>
    private static readonly Lazy<string> Current = new(() =>
        Environment.GetEnvironmentVariable(AccountVariable) is { Length: > 0 } name ? name : DefaultAccount);

    public static string Account => Current.Value;

    /// <summary>The token of <see cref="Account"/>: its SID, its groups (transitively, with the primary group) and the logon SIDs.</summary>
    internal static IReadOnlySet<string> Token(AdStore store) => TokenOf(store, Account);

    internal static IReadOnlySet<string> TokenOf(AdStore store, string samAccountName)
    {
        var token = new HashSet<string>(LogonSids, StringComparer.OrdinalIgnoreCase);
        var account = store.All().FirstOrDefault(e => e.ObjectClass is "user" or "computer"
            && string.Equals(e.SamAccountName, samAccountName, StringComparison.OrdinalIgnoreCase));
        if (account?.Sid is null)
        {
            return token;
        }

        token.Add(account.Sid);
        foreach (var group in Groups(store, account))
        {
            token.Add(group);
        }

        return token;
    }

    /// <summary>What AD's tokenGroups holds for the account: its groups, transitively, and its primary group [doc: MS-ADTS 3.1.1.4.5.19].</summary>
    internal static IReadOnlyList<string> Groups(AdStore store, AdEntry account)
    {
        var sids = new List<string> { LabDirectory.Sid(account.ObjectClass == "computer" ? 515 : 513) };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>(account.MemberOf ?? []);
        while (pending.TryDequeue(out var dn))
        {
            if (!seen.Add(dn) || store.Find(dn) is not { } group)
            {
                continue;
            }

            if (group.Sid is { } sid && !sids.Contains(sid, StringComparer.OrdinalIgnoreCase))
            {
                sids.Add(sid);
            }

            foreach (var parent in group.MemberOf ?? [])
            {
                pending.Enqueue(parent);
            }
        }

        return sids;
    }
}
