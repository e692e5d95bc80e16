using System.Reflection;
using System.Security.Cryptography;

namespace LabDomainController.Launcher;

/// <summary>How to start the lab DC (contract 3). The password is excluded from ToString.</summary>
public sealed record LabDomainControllerOptions
{
    public string UserName { get; init; } = @"LAB\Administrator";

    public string Password { get; init; } = GeneratePassword();

    /// <summary>
    /// The DC's local account, the only kind Basic authentication accepts (as WinRM does); null = none, and the lab
    /// then neither offers nor accepts Basic.
    /// </summary>
    public string? LocalUserName { get; init; } = "labadmin";

    public string LocalPassword { get; init; } = GeneratePassword();

    /// <summary>The PDC emulator's name; null = the lab's default, another machine (pdc.lab.test).</summary>
    public string? Pdc { get; init; }

    /// <summary>A second domain, reachable only through its own DC; null = none.</summary>
    public string? OtherDomain { get; init; }

    /// <summary>The language of the lab GroupPolicy module's messages (en-US or de-DE); null = en-US.</summary>
    public string? Culture { get; init; }

    public int LatencyMs { get; init; }

    public int PowerShellStartMs { get; init; }

    /// <summary>0 = never; N = every Nth WS-Man request fails (HTTP 500 and dropped connection, alternating).</summary>
    public int FailEvery { get; init; }

    /// <summary>
    /// What each failure of <see cref="FailEvery"/> is: fault kind names, comma-separated, or <c>all</c>
    /// (dropBefore, http500, dropAfterSend, dropAfterReceive, shellGone, killPowerShell, delayReply, quotaOperations,
    /// quotaShells, unauthorized); null = http500 and dropBefore in turn.
    /// </summary>
    public string? FaultKinds { get; init; }

    /// <summary>Draw each fault's kind from this seed (repeatable runs) instead of taking the kinds in turn.</summary>
    public int? FaultSeed { get; init; }

    /// <summary>How long a delayed reply waits; null = the request's OperationTimeout + 35 s.</summary>
    public int? FaultDelayMs { get; init; }

    /// <summary>MaxShellsPerUser; null = the lab's default (30, as Windows).</summary>
    public int? MaxShells { get; init; }

    /// <summary>MaxEnvelopeSizekb; null = the lab's default (500, as current Windows).</summary>
    public int? MaxEnvelopeSizeKb { get; init; }

    /// <summary>MaxTimeoutms; null = the lab's default (60000, as Windows).</summary>
    public int? MaxTimeoutMs { get; init; }

    /// <summary>winrs IdleTimeout in seconds; null = the lab's default (7200, as deployed Windows).</summary>
    public int? ShellIdleSeconds { get; init; }

    /// <summary>winrs MaxProcessesPerShell; null = the lab's default (25, as Windows).</summary>
    public int? MaxProcessesPerShell { get; init; }

    /// <summary>Permit Basic and unsealed bodies over http (Windows' AllowUnencrypted=true).</summary>
    public bool AllowUnencrypted { get; init; }

    /// <summary>
    /// An extra account (e.g. <c>LAB\Guest</c>) that logs in with <see cref="Password"/> but has no WinRM rights:
    /// every WS-Man request from it gets the access denied fault (code 5). null = none.
    /// </summary>
    public string? UnprivilegedUserName { get; init; }

    /// <summary>
    /// A standard domain account with its own password (<see cref="StandardPassword"/>): it may use WinRM and read GPOs
    /// but is in no admin group, so it may edit no GPO until granted (Set-GPPermission). null = none.
    /// </summary>
    public string? StandardUserName { get; init; } = @"LAB\reader";

    public string StandardPassword { get; init; } = GeneratePassword();

    /// <summary>WinRM's CbtHardeningLevel: None, Relaxed or Strict; null = the lab's default (Relaxed, as Windows).</summary>
    public string? CbtHardening { get; init; }

    /// <summary>Accept Kerberos through GSSAPI with this realm's krb5.conf and the lab's keytab; null = NTLM only.</summary>
    public LabKerberosFiles? Kerberos { get; init; }

    /// <summary>null = a fresh temporary directory, deleted on dispose.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Build configuration of LabDomainController.dll; defaults to the caller's own.</summary>
    public string Configuration { get; init; } = DefaultConfiguration();

    /// <summary>How long to wait for the ready line.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public override string ToString() =>
        $"LabDomainControllerOptions {{ UserName = {UserName}, LocalUserName = {LocalUserName}, Pdc = {Pdc}, OtherDomain = {OtherDomain}, Culture = {Culture}, LatencyMs = {LatencyMs}, PowerShellStartMs = {PowerShellStartMs}, "
        + $"FailEvery = {FailEvery}, FaultKinds = {FaultKinds}, FaultSeed = {FaultSeed}, FaultDelayMs = {FaultDelayMs}, MaxShells = {MaxShells}, MaxEnvelopeSizeKb = {MaxEnvelopeSizeKb}, MaxTimeoutMs = {MaxTimeoutMs}, "
        + $"ShellIdleSeconds = {ShellIdleSeconds}, MaxProcessesPerShell = {MaxProcessesPerShell}, AllowUnencrypted = {AllowUnencrypted}, UnprivilegedUserName = {UnprivilegedUserName}, StandardUserName = {StandardUserName}, CbtHardening = {CbtHardening}, Kerberos = {Kerberos}, DataDirectory = {DataDirectory}, "
        + $"Configuration = {Configuration} }}";

    private static string GeneratePassword() =>
        "Lab-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(9)) + "!a";

    /// <summary>The launcher is built in the same configuration as the tests that reference it.</summary>
    private static string DefaultConfiguration() =>
        typeof(LabDomainControllerOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";
}
