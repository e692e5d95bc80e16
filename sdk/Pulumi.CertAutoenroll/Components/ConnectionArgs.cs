namespace Pulumi.CertAutoenroll.Components;

/// <summary>
/// The WinRM connection a component opens with its own child <see cref="Provider"/>. The same keys
/// as <see cref="ProviderArgs"/>; unset keys fall back to the provider's defaults and environment.
/// </summary>
public sealed class ConnectionArgs
{
    private Input<string>? _password;

    /// <summary>Domain controller host name or address. Required.</summary>
    public Input<string>? Host { get; set; }

    /// <summary>WinRM listener port; 5986 for https, 5985 for http.</summary>
    public Input<int>? Port { get; set; }

    /// <summary><c>https</c> (default) or <c>http</c>.</summary>
    public Input<string>? Scheme { get; set; }

    /// <summary><c>negotiate</c> (default), <c>ntlm</c>, <c>kerberos</c> or <c>basic</c>.</summary>
    public Input<string>? Auth { get; set; }

    /// <summary><c>DOMAIN\user</c> or <c>user@realm</c>.</summary>
    public Input<string>? Username { get; set; }

    /// <summary>The account's password; kept a secret from here on.</summary>
    public Input<string>? Password
    {
        get => _password;
        set => _password = ProviderArgs.Secret(value);
    }

    /// <summary>Domain passed to the GroupPolicy cmdlets; defaults to the DC's own domain.</summary>
    public Input<string>? Domain { get; set; }

    /// <summary>DC that every GroupPolicy cmdlet is sent to (<c>-Server</c>); defaults to the connected DC's own FQDN.</summary>
    public Input<string>? Server { get; set; }

    /// <summary>PEM trust anchor for the https listener.</summary>
    public Input<string>? CaCertificate { get; set; }

    /// <summary>Name checked against the listener's certificate; defaults to <see cref="Host"/>.</summary>
    public Input<string>? TlsServerName { get; set; }

    /// <summary>Skips certificate validation. Labs only.</summary>
    public Input<bool>? InsecureSkipTlsVerify { get; set; }

    /// <summary>Permits <c>basic</c> over http. Labs only.</summary>
    public Input<bool>? AllowUnencrypted { get; set; }

    /// <summary>Timeout of one remote operation in seconds.</summary>
    public Input<int>? OperationTimeoutSeconds { get; set; }

    /// <summary>Retries of transient faults.</summary>
    public Input<int>? MaxRetries { get; set; }

    internal ProviderArgs ToProviderArgs()
    {
        // ProviderArgs starts from the schema defaults and CERTAUTOENROLL_* environment; only keys set here replace them.
        var args = new ProviderArgs();
        args.Host = Host ?? args.Host;
        args.Port = Port ?? args.Port;
        args.Scheme = Scheme ?? args.Scheme;
        args.Auth = Auth ?? args.Auth;
        args.Username = Username ?? args.Username;
        args.Password = Password ?? args.Password;
        args.Domain = Domain ?? args.Domain;
        args.Server = Server ?? args.Server;
        args.CaCertificate = CaCertificate ?? args.CaCertificate;
        args.TlsServerName = TlsServerName ?? args.TlsServerName;
        args.InsecureSkipTlsVerify = InsecureSkipTlsVerify ?? args.InsecureSkipTlsVerify;
        args.AllowUnencrypted = AllowUnencrypted ?? args.AllowUnencrypted;
        args.OperationTimeoutSeconds = OperationTimeoutSeconds ?? args.OperationTimeoutSeconds;
        args.MaxRetries = MaxRetries ?? args.MaxRetries;
        return args;
    }
}
