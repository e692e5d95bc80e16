using CertAutoenroll.Provider.Properties;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Configuration;

/// <summary>
/// The provider configuration's rows for the schema: one per <see cref="ConfigKeys.All"/> key (a
/// test holds them together). The rules themselves are in <see cref="ProviderConfigParser"/>.
/// </summary>
internal static class ConfigSchema
{
    public static readonly IReadOnlyList<ConfigSpec> Keys =
    [
        new(ConfigKeys.Host, PropertyKind.String, ConfigKeys.HostDescription, Environment: ConfigKeys.HostEnvironmentVariable, Required: true, ProviderOutput: true),
        new(ConfigKeys.Port, PropertyKind.Integer, "WinRM listener port. Defaults to 5986 for https and 5985 for http.", ProviderOutput: true),
        new(ConfigKeys.Scheme, PropertyKind.String,
            "WinRM listener scheme: `https` (TLS) or `http`. Over http only `ntlm`, `kerberos` or `negotiate` may be used (the message body is then sealed), unless `allowUnencrypted` permits `basic`.",
            Default: Value.ForString("https"), ProviderOutput: true),
        new(ConfigKeys.Auth, PropertyKind.String,
            "WinRM authentication: `negotiate`, `ntlm`, `kerberos` or `basic`. `basic` is only allowed over https unless `allowUnencrypted` is set.",
            Default: Value.ForString("negotiate"), ProviderOutput: true),
        new(ConfigKeys.UserName, PropertyKind.String, "Account that runs the GroupPolicy cmdlets on the DC, as `DOMAIN\\user` or `user@realm`.",
            Environment: ConfigKeys.UserNameEnvironmentVariable, ProviderOutput: true),
        new(ConfigKeys.Password, PropertyKind.String, "Password of `username`. Never logged and never returned unmasked.",
            Environment: ConfigKeys.PasswordEnvironmentVariable, Secret: true),
        new(ConfigKeys.Domain, PropertyKind.String,
            "Domain whose GPOs are managed, passed to the GroupPolicy cmdlets as `-Domain`. Defaults to the DC's own domain.", ProviderOutput: true),
        new(ConfigKeys.Server, PropertyKind.String,
            "Domain controller every GroupPolicy cmdlet is sent to as `-Server`. Defaults to the connected DC's own name; without it the cmdlets would go to the PDC emulator, a second hop an NTLM logon cannot make. Set it (to a DC of `domain`) when `domain` is another domain and the logon can delegate.",
            Environment: ConfigKeys.ServerEnvironmentVariable, ProviderOutput: true),
        new(ConfigKeys.CaCertificate, PropertyKind.String, "PEM trust anchor for the https listener's certificate. Defaults to the system trust store."),
        new(ConfigKeys.TlsServerName, PropertyKind.String, "Name checked against the listener's certificate. Defaults to `host`."),
        new(ConfigKeys.InsecureSkipTlsVerify, PropertyKind.Boolean,
            "Skip verification of the listener's TLS certificate. An explicit opt-out for labs; logged as a warning.", Default: Value.ForBool(false)),
        new(ConfigKeys.AllowUnencrypted, PropertyKind.Boolean,
            "Permit `basic` authentication over http, which sends credentials and commands in clear text. Labs only.", Default: Value.ForBool(false)),
        new(ConfigKeys.OperationTimeoutSeconds, PropertyKind.Integer, "Timeout of each remote operation, in seconds.", Default: Value.ForNumber(60)),
        new(ConfigKeys.MaxRetries, PropertyKind.Integer,
            "Retries for transient network faults. Never applied to authentication failures, to avoid account lockout.", Default: Value.ForNumber(3)),
    ];
}

/// <param name="Environment">The environment variable read when the key is not set.</param>
/// <param name="ProviderOutput">Listed among the provider resource's properties (never a secret).</param>
internal sealed record ConfigSpec(
    string Name,
    PropertyKind Kind,
    string Description,
    Value? Default = null,
    string? Environment = null,
    bool Secret = false,
    bool Required = false,
    bool ProviderOutput = false);
