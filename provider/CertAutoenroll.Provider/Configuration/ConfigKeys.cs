namespace CertAutoenroll.Provider.Configuration;

/// <summary>Provider configuration keys (<c>certautoenroll:&lt;key&gt;</c>) and their environment fallbacks.</summary>
internal static class ConfigKeys
{
    public const string Host = "host";
    public const string Port = "port";
    public const string Scheme = "scheme";
    public const string Auth = "auth";
    public const string UserName = "username";
    public const string Password = "password";
    public const string Domain = "domain";
    public const string Server = "server";
    public const string CaCertificate = "caCertificate";
    public const string TlsServerName = "tlsServerName";
    public const string InsecureSkipTlsVerify = "insecureSkipTlsVerify";
    public const string AllowUnencrypted = "allowUnencrypted";
    public const string OperationTimeoutSeconds = "operationTimeoutSeconds";
    public const string MaxRetries = "maxRetries";

    /// <summary>Added by the engine (the requested plugin version); not ours to validate.</summary>
    public const string EngineVersion = "version";

    public const string HostEnvironmentVariable = "CERTAUTOENROLL_HOST";
    public const string UserNameEnvironmentVariable = "CERTAUTOENROLL_USERNAME";
    public const string PasswordEnvironmentVariable = "CERTAUTOENROLL_PASSWORD";
    public const string ServerEnvironmentVariable = "CERTAUTOENROLL_SERVER";

    public const string HostDescription = "Domain controller host name or address for WinRM.";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Host, Port, Scheme, Auth, UserName, Password, Domain, Server, CaCertificate, TlsServerName,
        InsecureSkipTlsVerify, AllowUnencrypted, OperationTimeoutSeconds, MaxRetries,
    };

    /// <summary>Keys whose change points the provider at another DC or domain.</summary>
    public static readonly IReadOnlySet<string> Target = new HashSet<string>(StringComparer.Ordinal)
    {
        Host, Port, Scheme, Domain, Server,
    };
}
