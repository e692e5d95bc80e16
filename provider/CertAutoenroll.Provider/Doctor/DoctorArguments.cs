using CertAutoenroll.Provider.Configuration;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>
/// The doctor's settings: the provider's config keys as flags or CERTAUTOENROLL_* variables (a flag wins),
/// gathered into the same Struct the engine sends, so the provider's own parser checks them.
/// </summary>
internal sealed class DoctorArguments
{
    public const string PasswordVariable = ConfigKeys.PasswordEnvironmentVariable;
    private const string GpoVariable = "CERTAUTOENROLL_GPO";

    private static readonly (string Flag, string Key, bool IsSwitch)[] Flags =
    [
        ("--host", ConfigKeys.Host, false),
        ("--port", ConfigKeys.Port, false),
        ("--scheme", ConfigKeys.Scheme, false),
        ("--auth", ConfigKeys.Auth, false),
        ("--username", ConfigKeys.UserName, false),
        ("--domain", ConfigKeys.Domain, false),
        ("--server", "server", false),
        ("--ca-certificate", ConfigKeys.CaCertificate, false),
        ("--tls-server-name", ConfigKeys.TlsServerName, false),
        ("--insecure-skip-tls-verify", ConfigKeys.InsecureSkipTlsVerify, true),
        ("--allow-unencrypted", ConfigKeys.AllowUnencrypted, true),
        ("--operation-timeout-seconds", ConfigKeys.OperationTimeoutSeconds, false),
    ];

    private DoctorArguments(Struct config, string? gpoName, string? server, bool help)
    {
        Config = config;
        GpoName = gpoName;
        Server = server;
        Help = help;
    }

    /// <summary>Config keys as the engine would send them (values as text; the parser converts).</summary>
    public Struct Config { get; }

    public string? GpoName { get; }

    /// <summary>The <c>server</c> setting, also when this build's config parser does not know the key yet.</summary>
    public string? Server { get; }

    public bool Help { get; }

    public bool HasUserName => Config.Fields.ContainsKey(ConfigKeys.UserName) || Environment.GetEnvironmentVariable(ConfigKeys.UserNameEnvironmentVariable) is { Length: > 0 };

    /// <summary>Parses flags over the environment; throws <see cref="ArgumentException"/> naming the flag and the fix.</summary>
    public static DoctorArguments Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (flag, key, _) in Flags)
        {
            if (key != ConfigKeys.CaCertificate && environment(VariableFor(flag)) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        var gpoName = environment(GpoVariable) is { Length: > 0 } gpo ? gpo : null;
        var caFile = environment(VariableFor("--ca-certificate"));
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (arg is "--password" || arg.StartsWith("--password=", StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"'--password' is not accepted: other users can read a process's command line. Set {PasswordVariable}, or leave it unset to be asked.");
            }

            var (flag, inlineValue) = Split(arg);
            if (flag == "--gpo")
            {
                gpoName = inlineValue ?? Next(args, ref i, flag);
                continue;
            }

            var match = Array.FindIndex(Flags, f => f.Flag == flag);
            if (match < 0)
            {
                throw new ArgumentException($"Unknown option '{arg}'. Run 'doctor --help' for the options.");
            }

            var (_, key, isSwitch) = Flags[match];
            var value = isSwitch ? inlineValue ?? "true" : inlineValue ?? Next(args, ref i, flag);
            if (key == ConfigKeys.CaCertificate)
            {
                caFile = value;
                continue;
            }

            values[key] = value;
        }

        if (caFile is { Length: > 0 })
        {
            values[ConfigKeys.CaCertificate] = ReadCaFile(caFile);
        }

        values.Remove("server", out var server);
        if (server is not null && ConfigKeys.All.Contains("server"))
        {
            values["server"] = server;
        }

        var config = new Struct();
        foreach (var (key, value) in values)
        {
            config.Fields[key] = Value.ForString(value);
        }

        return new DoctorArguments(config, gpoName, server, help);
    }

    /// <summary><c>--tls-server-name</c> reads <c>CERTAUTOENROLL_TLS_SERVER_NAME</c>.</summary>
    public static string VariableFor(string flag) => "CERTAUTOENROLL_" + flag[2..].Replace('-', '_').ToUpperInvariant();

    private static (string Flag, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static string Next(IReadOnlyList<string> args, ref int i, string flag) =>
        i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option '{flag}' needs a value, e.g. '{flag} {Example(flag)}'.");

    private static string Example(string flag) => flag switch
    {
        "--port" => "5986",
        "--scheme" => "https",
        "--auth" => "ntlm",
        "--username" => @"CORP\admin",
        "--ca-certificate" => "ca.pem",
        "--gpo" => "\"Default Domain Policy\"",
        _ => "<value>",
    };

    private static string ReadCaFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"'--ca-certificate {path}' cannot be read ({exception.Message}); pass the path of the CA's PEM file.", exception);
        }
    }
}
