using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertAutoenroll.GroupPolicy.Validation;
using CertAutoenroll.WinRm.Connection;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>Turns the engine's config Struct (plain keys, values typed or as text, secrets wrapped or not) into <see cref="ProviderConfig"/>.</summary>
internal static class ProviderConfigParser
{
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

        if (auth == WinRmAuthentication.Basic && scheme == WinRmScheme.Http && !allowUnencrypted)
        {
            failures.Add(new ConfigFailure(ConfigKeys.Auth,
                "'basic' authentication over 'http' sends the password and every command in clear text; use scheme 'https', auth 'ntlm'/'negotiate'/'kerberos', or set 'allowUnencrypted' to true (labs only)."));
        }

        if (auth is WinRmAuthentication.Basic or WinRmAuthentication.Ntlm && userName is null && !reader.IsUnknown(ConfigKeys.UserName))
        {
            failures.Add(new ConfigFailure(ConfigKeys.UserName,
                $"'{auth.ToString().ToLowerInvariant()}' authentication needs 'username' (or {ConfigKeys.UserNameEnvironmentVariable})."));
        }

        if (userName is not null && password is null && !reader.IsUnknown(ConfigKeys.Password))
        {
            failures.Add(new ConfigFailure(ConfigKeys.Password,
                $"'username' is set but 'password' is not: set it with 'pulumi config set --secret certautoenroll:password' or {ConfigKeys.PasswordEnvironmentVariable}."));
        }

        if (caCertificate is not null && !IsPem(caCertificate))
        {
            failures.Add(new ConfigFailure(ConfigKeys.CaCertificate,
                "'caCertificate' is not a PEM certificate: expected one or more '-----BEGIN CERTIFICATE-----' blocks."));
        }

        foreach (var failure in AutoenrollmentValidator.ValidateDomain(domain))
        {
            failures.Add(new ConfigFailure(ConfigKeys.Domain, failure.Message));
        }

        if (failures.Count > 0 || reader.HasUnknowns || host is null)
        {
            return new ConfigParseResult(null, failures, missing, reader.HasUnknowns);
        }

        var connection = new WinRmConnectionOptions
        {
            Host = host,
            Port = port,
            Scheme = scheme,
            Authentication = auth,
            UserName = userName,
            Password = password,
            CaCertificatePem = caCertificate,
            TlsServerName = tlsServerName,
            InsecureSkipTlsVerify = insecure,
            AllowUnencrypted = allowUnencrypted,
            OperationTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            MaxRetries = maxRetries,
        };
        return new ConfigParseResult(new ProviderConfig(connection, domain), failures, missing, false);
    }

    private static bool IsPem(string text)
    {
        if (!text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPem(text);
            return certificates.Count > 0;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
