namespace Pulumi.CertAutoenroll;

/// <summary>
/// The WinRM connection of a <see cref="Provider"/>: the keys of <c>certautoenroll:*</c> stack config,
/// with the schema's defaults and <c>CERTAUTOENROLL_*</c> environment fallbacks applied on construction.
/// </summary>
public sealed class ProviderArgs : ResourceArgs
{
    [Input("password")]
    private Input<string>? _password;

    public ProviderArgs()
    {
        Host = FromEnvironment("CERTAUTOENROLL_HOST")!;
        Scheme = "https";
        Auth = "negotiate";
        Username = FromEnvironment("CERTAUTOENROLL_USERNAME");
        Password = FromEnvironment("CERTAUTOENROLL_PASSWORD");
        Server = FromEnvironment("CERTAUTOENROLL_SERVER");
        InsecureSkipTlsVerify = false;
        AllowUnencrypted = false;
        OperationTimeoutSeconds = 60;
        MaxRetries = 3;
    }

    /// <summary>Domain controller host name or address for WinRM. Required.</summary>
    [Input("host", required: true)]
    public Input<string> Host { get; set; }

    /// <summary>WinRM listener port; 5986 for https, 5985 for http.</summary>
    [Input("port", json: true)]
    public Input<int>? Port { get; set; }

    /// <summary><c>https</c> (default) or <c>http</c>; http only with ntlm, kerberos or negotiate, which seal the body.</summary>
    [Input("scheme")]
    public Input<string>? Scheme { get; set; }

    /// <summary><c>negotiate</c> (default), <c>ntlm</c>, <c>kerberos</c> or <c>basic</c>.</summary>
    [Input("auth")]
    public Input<string>? Auth { get; set; }

    /// <summary>Account that runs the GroupPolicy cmdlets on the DC, as <c>DOMAIN\user</c> or <c>user@realm</c>.</summary>
    [Input("username")]
    public Input<string>? Username { get; set; }

    /// <summary>Password of <see cref="Username"/>; always stored as a secret.</summary>
    public Input<string>? Password
    {
        get => _password;
        set => _password = Secret(value);
    }

    /// <summary>Domain passed to the GroupPolicy cmdlets as <c>-Domain</c>; defaults to the DC's own domain.</summary>
    [Input("domain")]
    public Input<string>? Domain { get; set; }

    /// <summary>
    /// Domain controller every GroupPolicy cmdlet is sent to as <c>-Server</c>, e.g. the PDC emulator;
    /// defaults to the connected DC's own FQDN (without it the cmdlets go to the PDC emulator, a second
    /// hop that NTLM cannot make).
    /// </summary>
    [Input("server")]
    public Input<string>? Server { get; set; }

    /// <summary>PEM trust anchor for the https listener; defaults to the system trust store.</summary>
    [Input("caCertificate")]
    public Input<string>? CaCertificate { get; set; }

    /// <summary>Name checked against the listener's certificate; defaults to <see cref="Host"/>.</summary>
    [Input("tlsServerName")]
    public Input<string>? TlsServerName { get; set; }

    /// <summary>Skips certificate validation (logged as a warning). Labs only.</summary>
    [Input("insecureSkipTlsVerify", json: true)]
    public Input<bool>? InsecureSkipTlsVerify { get; set; }

    /// <summary>Permits <c>basic</c> over http, which sends credentials in clear text. Labs only.</summary>
    [Input("allowUnencrypted", json: true)]
    public Input<bool>? AllowUnencrypted { get; set; }

    /// <summary>Timeout of each remote operation in seconds; default 60.</summary>
    [Input("operationTimeoutSeconds", json: true)]
    public Input<int>? OperationTimeoutSeconds { get; set; }

    /// <summary>Retries of transient faults; default 3. Never applied to authentication failures (account lockout).</summary>
    [Input("maxRetries", json: true)]
    public Input<int>? MaxRetries { get; set; }

    public static new ProviderArgs Empty => new();

    internal static Input<string>? Secret(Input<string>? value)
    {
        if (value is null)
        {
            return null;
        }

        Output<string> secret = Output.CreateSecret<string>(value);
        return secret;
    }

    // A missing variable must leave the input unset (null), not set to a null value.
    private static Input<string>? FromEnvironment(string name) =>
        Utilities.GetEnv(name) is { } value ? (Input<string>)value : null;
}
