using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.WinRm.Connection;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>Turns the engine's config Struct (plain keys, values typed or as text, secrets wrapped or not) into <see cref="ProviderConfig"/>.</summary>
internal static class ProviderConfigParser
{
    /// <summary>Stands in for a host that is unknown or missing, so the other rules can still be checked.</summary>
    private const string PlaceholderHost = "host.invalid";

    public static ConfigParseResult Parse(Struct config)
    {
        var reader = new ConfigReader(config);
        var failures = reader.Failures;
        foreach (var key in config.Fields.Keys)
        {
            if (!ConfigKeys.All.Contains(key) && key != ConfigKeys.EngineVersion && !key.StartsWith("__", StringComparison.Ordinal))
            {
                failures.Add(new ConfigFailure(key, $"Unknown configuration key '{key}'. Known keys: {string.Join(", ", ConfigKeys.All)}."));
            }
        }

        var host = reader.String(ConfigKeys.Host, ConfigKeys.HostEnvironmentVariable);
        var port = reader.Int(ConfigKeys.Port, 1, 65535, "from 1 to 65535");
        var scheme = reader.Enum<WinRmScheme>(ConfigKeys.Scheme, "'https' or 'http'") ?? WinRmScheme.Https;
        var auth = reader.Enum<WinRmAuthentication>(ConfigKeys.Auth, "'negotiate', 'ntlm', 'kerberos' or 'basic'") ?? WinRmAuthentication.Negotiate;
        var userName = reader.String(ConfigKeys.UserName, ConfigKeys.UserNameEnvironmentVariable);
        var password = reader.String(ConfigKeys.Password, ConfigKeys.PasswordEnvironmentVariable);
        var domain = reader.String(ConfigKeys.Domain);
        var server = reader.String(ConfigKeys.Server, ConfigKeys.ServerEnvironmentVariable);
        var caCertificate = reader.String(ConfigKeys.CaCertificate);
        var tlsServerName = reader.String(ConfigKeys.TlsServerName);
        var insecure = reader.Bool(ConfigKeys.InsecureSkipTlsVerify) ?? false;
        var allowUnencrypted = reader.Bool(ConfigKeys.AllowUnencrypted) ?? false;
        var timeoutSeconds = reader.Int(ConfigKeys.OperationTimeoutSeconds, 1, 86400, "from 1 to 86400 (seconds)") ?? 60;
        var maxRetries = reader.Int(ConfigKeys.MaxRetries, 0, 100, "from 0 to 100") ?? 3;

        var missing = new List<string>();
        if (host is null && !reader.IsUnknown(ConfigKeys.Host))
        {
            missing.Add(ConfigKeys.Host);
            failures.Add(new ConfigFailure(ConfigKeys.Host,
                $"'host' is required: set it with 'pulumi config set certautoenroll:host <dc>' or the {ConfigKeys.HostEnvironmentVariable} environment variable."));
        }

        foreach (var failure in AutoenrollmentValidator.ValidateDomain(domain))
        {
            failures.Add(new ConfigFailure(ConfigKeys.Domain, failure.Message));
        }

        foreach (var failure in AutoenrollmentValidator.ValidateServer(server))
        {
            failures.Add(new ConfigFailure(ConfigKeys.Server, failure.Message));
        }

        var connection = new WinRmConnectionOptions
        {
            Host = host ?? PlaceholderHost,
            Port = port,
            Scheme = scheme,
            Authentication = auth,
            UserName = userName,
            Password = password,
            CaCertificate = caCertificate,
            TlsServerName = tlsServerName,
            InsecureSkipTlsVerify = insecure,
            AllowUnencrypted = allowUnencrypted,
            OperationTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            MaxRetries = maxRetries,
        };
        AddConnectionProblems(connection, reader, failures);

        if (failures.Count > 0 || reader.HasUnknowns || host is null)
        {
            return new ConfigParseResult(null, failures, missing, reader.HasUnknowns);
        }

        return new ConfigParseResult(new ProviderConfig(connection, domain, server), failures, missing, false);
    }

    /// <summary>
    /// The WinRM client's own rules (auth vs scheme, credentials, TLS trust) decide, so CheckConfig refuses exactly
    /// what the first remote call would. A rule about a key whose value is unknown (preview), or one already
    /// reported while reading, is left out.
    /// </summary>
    private static void AddConnectionProblems(WinRmConnectionOptions connection, ConfigReader reader, List<ConfigFailure> failures)
    {
        foreach (var problem in connection.Validate())
        {
            var key = problem.Field; // the WinRm option fields are named as the config keys
            if (key == ConfigKeys.Host || reader.IsUnknown(key) || failures.Any(f => f.Key == key))
            {
                continue;
            }

            failures.Add(new ConfigFailure(key, $"'{key}': {problem.Message}"));
        }
    }
}
