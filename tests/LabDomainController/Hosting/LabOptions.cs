using System.Globalization;
using LabDomainController.GroupPolicyModule.Topology;

namespace LabDomainController.Hosting;

/// <summary>The command line of the lab DC (contract 3). The password is kept out of ToString.</summary>
internal sealed class LabOptions
{
    public int HttpPort { get; private set; }

    public int HttpsPort { get; private set; }

    public string UserName { get; private set; } = @"LAB\Administrator";

    public string Password { get; private set; } = string.Empty;

    public string DataDirectory { get; private set; } = string.Empty;

    public int LatencyMs { get; private set; }

    public int PowerShellStartMs { get; private set; }

    public int FailEvery { get; private set; }

    /// <summary><c>--fault-kinds</c> (comma-separated, or <c>all</c>): what a failure every <see cref="FailEvery"/> requests is.</summary>
    public IReadOnlyList<Scenarios.FaultKind> FaultKinds { get; private set; } = Scenarios.FaultSettings.DefaultKinds;

    /// <summary><c>--fault-seed</c>: draw each fault's kind from this seed instead of taking the kinds in turn.</summary>
    public int? FaultSeed { get; private set; }

    /// <summary><c>--fault-delay-ms</c>: how long a delayed reply waits (0 = the request's OperationTimeout + 35 s).</summary>
    public int FaultDelayMs { get; private set; }

    public Scenarios.FaultSettings Faults => new(FailEvery, FaultKinds, FaultSeed, FaultDelayMs);

    /// <summary>Windows' default MaxShellsPerUser.</summary>
    public int MaxShells { get; private set; } = 30;

    /// <summary>MaxEnvelopeSizekb: the largest request (and reply) envelope, in KiB; 500 on current Windows ([MS-WSMV] 2.2.4.10).</summary>
    public int MaxEnvelopeSizeKb { get; private set; } = 500;

    /// <summary>MaxTimeoutms: a longer OperationTimeout is cut to this ([MS-WSMV] 3.1.4.1.6).</summary>
    public int MaxTimeoutMs { get; private set; } = 60_000;

    /// <summary>winrs IdleTimeout (7200000 ms in deployed configs): a shell without requests for this long is deleted.</summary>
    public int ShellIdleSeconds { get; private set; } = 7200;

    /// <summary>winrs MaxProcessesPerShell ([MS-WSMV] 2.2.4.42 default 25); 0 means no limit.</summary>
    public int MaxProcessesPerShell { get; private set; } = 25;

    public bool AllowUnencrypted { get; private set; }

    /// <summary>Accept Kerberos through GSSAPI (KRB5_CONFIG, KRB5_KTNAME with the HTTP/ key) besides NTLM.</summary>
    public bool Kerberos { get; private set; }

    /// <summary>CbtHardeningLevel of the WinRM service; Windows' default is Relaxed.</summary>
    public Auth.CbtHardening CbtHardening { get; private set; } = Auth.CbtHardening.Relaxed;

    /// <summary>An account that logs in with the lab password but has no WinRM rights (access denied, code 5).</summary>
    public string? UnprivilegedUserName { get; private set; }

    /// <summary>A standard domain account (Domain Users only): may use WinRM and read GPOs, may not edit them.</summary>
    public string? StandardUserName { get; private set; }

    public string? StandardPassword { get; private set; }

    public const string Usage = """
        usage: LabDomainController --password PASSWORD --data DIR [options]
          --http-port N              WinRM http listener on 127.0.0.1 (0 = any free port; default 0)
          --https-port N             WinRM https listener on 127.0.0.1, self-signed certificate (default 0)
          --user DOMAIN\NAME         the lab account (default LAB\Administrator)
          --password PASSWORD        its password (required)
          --data DIR                 SYSVOL, modules and certificate.pem; relative to the directory you run from
          --latency-ms N             delay added to every HTTP request
          --powershell-start-ms N    delay added to every PowerShell start
          --fail-every N             every Nth WS-Man request fails (HTTP 500 or a dropped connection)
          --fault-kinds K,K          fault kinds for --fail-every (dropBefore, http500, dropAfterSend, dropAfterReceive,
                                     shellGone, killPowerShell, delayReply, quotaOperations, quotaShells, unauthorized)
          --fault-seed N             seed that makes the fault sequence deterministic
          --fault-delay-ms N         how long a delayReply fault holds the reply
          --max-shells N             MaxShellsPerUser (default 30, as Windows)
          --max-envelope-kb N        MaxEnvelopeSizekb (default 500)
          --max-timeout-ms N         MaxTimeoutms: longer OperationTimeouts are clamped (default 60000)
          --shell-idle-seconds N     shell IdleTimeout (default 7200)
          --max-processes-per-shell N  MaxProcessesPerShell (default 25)
          --cbt-hardening LEVEL      None, Relaxed (default, as WinRM) or Strict channel-binding hardening
          --kerberos                 accept Kerberos (KRB5_KTNAME names the keytab)
          --unprivileged-user NAME   an account that logs on but has no WinRM rights
          --standard-user NAME       a standard domain account (Domain Users only): WinRM and read, no GPO edit rights
          --standard-password PASSWORD  its password
          --allow-unencrypted        permit Basic over http
          --local-user NAME          a local account of the DC: the only kind Basic accepts (as WinRM)
          --local-password PASSWORD  its password
          --pdc NAME                 the PDC emulator, another machine (default pdc.lab.test): cmdlets without -Server meet the second hop
          --other-domain NAME        a second domain, reachable only through its own -Server
          --culture NAME             language of the GroupPolicy cmdlets' error messages (e.g. de-DE)
          --help                     print this text
        Prints one line when ready: LabDomainController ready http=URL https=URL data=DIR certificate=FILE
        """;

    /// <summary>The https listener's certificate (PEM), written at start for clients to trust.</summary>
    public string CertificatePath => Path.Combine(DataDirectory, "certificate.pem");

    public static bool IsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?");

    /// <summary>
    /// The directory the user ran the command from. <c>dotnet run --project</c> may start the program elsewhere,
    /// but the shell's PWD is inherited unchanged.
    /// </summary>
    public static string InvocationDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Path.IsPathFullyQualified(pwd) && Directory.Exists(pwd)
            ? pwd
            : Directory.GetCurrentDirectory();

    /// <summary>
    /// A local account of the DC (Basic authentication works only for local accounts, as on Windows); null = none,
    /// and then Basic is neither offered nor accepted.
    /// </summary>
    public string? LocalUserName { get; private set; }

    public string? LocalPassword { get; private set; }

    /// <summary>The PDC emulator, a second domain, the GroupPolicy module's message language.</summary>
    public LabTopology Topology { get; private set; } = new();

    public static LabOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LabOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--allow-unencrypted")
            {
                options.AllowUnencrypted = true;
                continue;
            }

            if (name == "--kerberos")
            {
                options.Kerberos = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{name}' needs a value, e.g. '{name} 0'.", nameof(args));
            }

            var value = args[++i];
            switch (name)
            {
                case "--http-port": options.HttpPort = Number(name, value, 0, 65535); break;
                case "--https-port": options.HttpsPort = Number(name, value, 0, 65535); break;
                case "--user": options.UserName = value; break;
                case "--password": options.Password = value; break;
                case "--data": options.DataDirectory = Path.GetFullPath(value, InvocationDirectory); break;
                case "--latency-ms": options.LatencyMs = Number(name, value, 0, 600_000); break;
                case "--powershell-start-ms": options.PowerShellStartMs = Number(name, value, 0, 600_000); break;
                case "--fail-every": options.FailEvery = Number(name, value, 0, int.MaxValue); break;
                case "--fault-kinds": options.FaultKinds = Scenarios.FaultSettings.ParseKinds(value, name); break;
                case "--fault-seed": options.FaultSeed = Number(name, value, 0, int.MaxValue); break;
                case "--fault-delay-ms": options.FaultDelayMs = Number(name, value, 0, 600_000); break;
                case "--max-shells": options.MaxShells = Number(name, value, 1, 100_000); break;
                case "--unprivileged-user": options.UnprivilegedUserName = value; break;
                case "--standard-user": options.StandardUserName = value; break;
                case "--standard-password": options.StandardPassword = value; break;
                case "--max-envelope-kb": options.MaxEnvelopeSizeKb = Number(name, value, 32, 1_039_440); break;
                case "--max-timeout-ms": options.MaxTimeoutMs = Number(name, value, 500, int.MaxValue); break;
                case "--shell-idle-seconds": options.ShellIdleSeconds = Number(name, value, 1, int.MaxValue / 1000); break;
                case "--max-processes-per-shell": options.MaxProcessesPerShell = Number(name, value, 0, 100_000); break;
                case "--cbt-hardening": options.CbtHardening = Hardening(value); break;
                case "--local-user": options.LocalUserName = LocalName(name, value); break;
                case "--local-password": options.LocalPassword = value; break;
                case "--pdc": options.Topology = options.Topology with { Pdc = value }; break;
                case "--other-domain": options.Topology = options.Topology with { OtherDomain = value }; break;
                case "--culture": options.Topology = options.Topology with { Culture = Culture(name, value) }; break;
                default:
                    throw new ArgumentException(
                        $"Unknown option '{name}'. Use --http-port, --https-port, --user, --password, --data, --latency-ms, "
                        + "--powershell-start-ms, --fail-every, --fault-kinds, --fault-seed, --fault-delay-ms, --max-shells, --max-envelope-kb, --max-timeout-ms, --shell-idle-seconds, "
                        + "--max-processes-per-shell, --unprivileged-user, --standard-user, --standard-password, --cbt-hardening, --kerberos, --local-user, --local-password, "
                        + "--pdc, --other-domain, --culture or --allow-unencrypted.", nameof(args));
            }
        }

        if (options.Password.Length == 0)
        {
            throw new ArgumentException("Option '--password' is required: pass the lab account's password.", nameof(args));
        }

        if ((options.LocalUserName is null) != (options.LocalPassword is null))
        {
            throw new ArgumentException("Options '--local-user' and '--local-password' go together: pass both, or neither.", nameof(args));
        }

        if ((options.StandardUserName is null) != (options.StandardPassword is null))
        {
            throw new ArgumentException("Options '--standard-user' and '--standard-password' go together: pass both, or neither.", nameof(args));
        }

        if (options.DataDirectory.Length == 0)
        {
            throw new ArgumentException("Option '--data' is required: pass a directory for SYSVOL and certificate.pem.", nameof(args));
        }

        return options;
    }

    public override string ToString() =>
        $"http={HttpPort} https={HttpsPort} user={UserName} standardUser={StandardUserName} localUser={LocalUserName} data={DataDirectory} maxShells={MaxShells} maxEnvelopeKb={MaxEnvelopeSizeKb} "
        + $"maxTimeoutMs={MaxTimeoutMs} shellIdleSeconds={ShellIdleSeconds} maxProcessesPerShell={MaxProcessesPerShell} pdc={Topology.Pdc} culture={Topology.Culture}";

    private static string LocalName(string name, string value)
    {
        if (value.Contains('\\', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal) || value.Length == 0)
        {
            throw new ArgumentException($"Option '{name}' takes a local account's bare name, e.g. 'labadmin'; got '{value}'.", nameof(value));
        }

        return value;
    }

    private static string Culture(string name, string value) => LabTopology.IsSupportedCulture(value)
        ? value
        : throw new ArgumentException($"Option '{name}' must name an English or German culture such as 'en-US' or 'de-DE'; got '{value}'.", nameof(value));

    private static Auth.CbtHardening Hardening(string value) =>
        Enum.TryParse<Auth.CbtHardening>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(value, out _)
            ? level
            : throw new ArgumentException($"Option '--cbt-hardening' must be None, Relaxed or Strict; got '{value}'.", nameof(value));

    private static int Number(string name, string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw new ArgumentException($"Option '{name}' must be a whole number from {min} to {max}; got '{value}'.", nameof(value));
        }

        return number;
    }
}
