using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.WinRm;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>
/// Checks 3 to 7, through the provider's own WinRM client and Group Policy client: logon (one attempt,
/// never retried on 401), a remote PowerShell, the GroupPolicy module, the cmdlets' reach to the
/// domain's DC, and optionally one GPO. Each stops the chain on failure: later checks need it.
/// </summary>
internal sealed class RemoteChecks(WinRmConnectionOptions options, string? domain, string? server)
{
    public const string AuthName = "logon";
    public const string PowerShellName = "powershell";
    public const string ModuleName = "module";
    public const string ServerName = "server";
    public const string GpoName = "gpo";
    public const string EditName = EditCheck.Name;

    // The Default Domain Policy has this id in every domain.
    private static readonly Guid DefaultDomainPolicy = new("31B2F340-016D-11D2-945F-00C04FB984F9");

    private const string ProbeScript =
        "$PSVersionTable.PSVersion.ToString(); if (Get-Module -ListAvailable -Name GroupPolicy) { 'present' } else { 'absent' }";

    public static IReadOnlyList<string> Names(bool withGpo) =>
        withGpo ? [AuthName, PowerShellName, ModuleName, ServerName, GpoName, EditName] : [AuthName, PowerShellName, ModuleName, ServerName];

    public async IAsyncEnumerable<CheckResult> RunAsync(string? gpoName, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var client = new WinRmClient(options);
        var logon = await LogonAsync(client, cancellationToken).ConfigureAwait(false);
        yield return logon;
        if (logon.Status != CheckStatus.Passed)
        {
            yield break;
        }

        // One remote PowerShell answers both: its version, then whether the GroupPolicy module is there.
        var (powerShell, module) = await PowerShellAndModuleAsync(client, cancellationToken).ConfigureAwait(false);
        yield return powerShell;
        if (module is null)
        {
            yield break;
        }

        yield return module;
        if (module.Status != CheckStatus.Passed)
        {
            yield break;
        }

        await using var pool = new WinRmPowerShellPool(options, maxSessions: 1, NullLoggerFactory.Instance);
        var policies = new AutoenrollmentPolicyClient(pool, server: server);
        var reach = await ReadAsync(policies, ServerName, GpoTarget.ById(DefaultDomainPolicy, domain), cancellationToken).ConfigureAwait(false);
        yield return reach;
        if (reach.Status != CheckStatus.Passed || gpoName is null)
        {
            yield break;
        }

        var target = GpoTarget.ByName(gpoName, domain);
        var read = await ReadAsync(policies, GpoName, target, cancellationToken).ConfigureAwait(false);
        yield return read;
        if (read.Status == CheckStatus.Passed)
        {
            yield return await EditCheck.RunAsync(pool, target, server, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CheckResult> LogonAsync(WinRmClient client, CancellationToken cancellationToken)
    {
        try
        {
            var shell = await client.OpenShellAsync(cancellationToken).ConfigureAwait(false);
            await shell.DisposeAsync().ConfigureAwait(false);
            return CheckResult.Pass(AuthName, $"{options.Authentication.ToString().ToLowerInvariant()} logon as '{options.UserName ?? "(ticket cache)"}' accepted; a WinRM shell opened.");
        }
        catch (WinRmAuthenticationException exception)
        {
            return CheckResult.Fail(AuthName, exception.Message + " (one logon attempt was made.)",
                $"check --username (DOMAIN\\user or user@realm), {DoctorArguments.PasswordVariable} and --auth; "
                + "with 'basic' the account must be a local one on the DC.");
        }
        catch (Exception exception) when (exception is WinRmException or HttpRequestException or TimeoutException)
        {
            return CheckResult.Fail(AuthName, exception.Message, "see the network and tls lines above; the listener did not complete a WinRM request.");
        }
    }

    private static async Task<(CheckResult PowerShell, CheckResult? Module)> PowerShellAndModuleAsync(WinRmClient client, CancellationToken cancellationToken)
    {
        const string PowerShellFix = "the account must be allowed to run PowerShell over WinRM (Get-PSSessionConfiguration on the DC; Enable-PSRemoting).";
        const string ModuleFix = "install the Group Policy Management tools on that host: 'Install-WindowsFeature GPMC' (a DC has them).";
        CertAutoenroll.WinRm.Shell.CommandResult result;
        try
        {
            result = await client.RunPowerShellAsync(ProbeScript, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WinRmException or HttpRequestException or TimeoutException)
        {
            return (CheckResult.Fail(PowerShellName, exception.Message, PowerShellFix), null);
        }

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || lines.Length < 2)
        {
            return (CheckResult.Fail(PowerShellName, $"powershell.exe exited with {result.ExitCode}: {result.Stderr.Trim()}", PowerShellFix), null);
        }

        var powerShell = CheckResult.Pass(PowerShellName, $"remote PowerShell {lines[0]} runs.");
        var module = lines[1] == "present"
            ? CheckResult.Pass(ModuleName, "the GroupPolicy module is installed.")
            : CheckResult.Fail(ModuleName, "the GroupPolicy PowerShell module is not installed on the host.", ModuleFix);
        return (powerShell, module);
    }

    private async Task<CheckResult> ReadAsync(AutoenrollmentPolicyClient policies, string name, GpoTarget target, CancellationToken cancellationToken)
    {
        try
        {
            var state = await policies.ReadAsync(target, PolicyScope.User, cancellationToken).ConfigureAwait(false);
            var gpo = $"'{state.GpoName}' {GpoTarget.FormatId(state.GpoId)} in {state.Domain}";
            return name == ServerName
                ? CheckResult.Pass(name, $"the cmdlets reach the domain's DC{(server is null ? string.Empty : $" '{server}'")} ({gpo} read).")
                : CheckResult.Pass(name, $"{gpo} found and readable.");
        }
        catch (GroupPolicyException exception)
        {
            return CheckResult.Fail(name, exception.Message, FixFor(name, exception.Code));
        }
        catch (Exception exception) when (exception is WinRmException or HttpRequestException or TimeoutException)
        {
            return CheckResult.Fail(name, exception.Message, "the remote session failed; run the doctor again, and see the lines above.");
        }
    }

    private string FixFor(string name, GroupPolicyErrorCode code) => code switch
    {
        GroupPolicyErrorCode.GpoNotFound when name == GpoName =>
            "check the name (Get-GPO -All lists them on the DC) or the domain (--domain); create the GPO first if it is new.",
        GroupPolicyErrorCode.GpoNotFound =>
            "the Default Domain Policy was not found: check --domain (it must be the DC's domain or one it trusts).",
        GroupPolicyErrorCode.AmbiguousGpoName => "several GPOs have that name: address the GPO by id (gpoId).",
        GroupPolicyErrorCode.AccessDenied => "grant the account 'Edit settings' on the GPO (GPMC > Delegation), or use a Domain Admins account.",
        GroupPolicyErrorCode.ModuleMissing => "install the Group Policy Management tools: 'Install-WindowsFeature GPMC'.",
        _ when server is null =>
            "set --server (config 'server') to this DC's own FQDN, so the cmdlets need no second hop to the PDC emulator.",
        _ => $"check that '{server}' is a DC of the domain that this host can reach.",
    };
}
