using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.WinRm;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>
/// Check 8 with <c>--gpo</c>: may the connected account edit the GPO's settings? Decided on the DC from the GPO's
/// permissions (Get-GPPermission -All) and the account's token groups (Get-ADUser -Properties tokenGroups); nothing is written.
/// </summary>
internal static class EditCheck
{
    public const string Name = "edit";

    public static async Task<CheckResult> RunAsync(IPowerShellSession session, GpoTarget target, string? server, CancellationToken cancellationToken)
    {
        var gpos = new GpoClient(session, new DomainScope(server, target.Domain));
        GpoEditAccess access;
        try
        {
            access = await gpos.GetEditAccessAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (GroupPolicyException exception)
        {
            return CheckResult.Fail(Name, exception.Message, exception.Code switch
            {
                GroupPolicyErrorCode.ModuleMissing => "install the Active Directory module on that host: 'Install-WindowsFeature RSAT-AD-PowerShell' (a DC has it).",
                GroupPolicyErrorCode.PrincipalNotFound => "connect with a domain account of the GPO's domain (DOMAIN\\user).",
                _ => "run the doctor again, and see the lines above.",
            });
        }
        catch (Exception exception) when (exception is WinRmException or HttpRequestException or TimeoutException)
        {
            return CheckResult.Fail(Name, exception.Message, "the remote session failed; run the doctor again, and see the lines above.");
        }

        var gpo = $"'{access.Gpo.Name}' {GpoTarget.FormatId(access.Gpo.Id)}";
        return access.Decision switch
        {
            GpoEditDecision.Allowed => CheckResult.Pass(Name, $"{access.Account} may edit {gpo} (through {string.Join(", ", access.Grants)})."),
            GpoEditDecision.Undecided => CheckResult.Warn(Name,
                $"{access.Account} has only custom permissions on {gpo} ({string.Join(", ", access.Custom)}): whether they include editing is not known from them; "
                + "GPMC > Delegation > Advanced shows the rights."),
            _ when access.Denies.Count > 0 => CheckResult.Fail(Name,
                $"{access.Account} may not edit {gpo}: a deny entry applies ({string.Join(", ", access.Denies)}).",
                $"remove that deny entry in GPMC (the GPO's Delegation tab > Advanced), or use an account it does not name."),
            _ => CheckResult.Fail(Name,
                $"{access.Account} may read {gpo} ({(access.Reads.Count > 0 ? string.Join(", ", access.Reads) : "no entry names it or its groups")}) but not edit it.",
                $"grant the account Edit settings on the GPO (GPMC: the GPO's Delegation tab > Add > 'Edit settings'), or on the DC as an admin: "
                + $"Set-GPPermission -Guid {access.Gpo.Id:D} -TargetName '{access.Account}' -TargetType User -PermissionLevel GpoEdit{(server is null ? string.Empty : $" -Server {server}")}."),
        };
    }
}
