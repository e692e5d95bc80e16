namespace CertAutoenroll.WinRm.Connection;

/// <summary>
/// Everything needed to reach one WinRM listener. Deliberately a class, not a record:
/// a record's generated ToString would print the password.
/// </summary>
public sealed class WinRmConnectionOptions
{
    public required string Host { get; init; }

    /// <summary>Null means the scheme's default: 5986 for https, 5985 for http.</summary>
    public int? Port { get; init; }

    public WinRmScheme Scheme { get; init; } = WinRmScheme.Https;

    public WinRmAuthentication Authentication { get; init; } = WinRmAuthentication.Negotiate;

    /// <summary><c>DOMAIN\user</c> or <c>user@realm</c>; null for the Kerberos ticket cache.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>PEM trust anchor(s) for the https listener; null means the system trust store.</summary>
    public string? CaCertificate { get; init; }

    /// <summary>Name checked against the server certificate (and used for the SPN); null means <see cref="Host"/>.</summary>
    public string? TlsServerName { get; init; }

    public bool InsecureSkipTlsVerify { get; init; }

    /// <summary>Permits Basic (unsealed) over http. Labs only.</summary>
    public bool AllowUnencrypted { get; init; }

    /// <summary>Per remote operation: the WS-Man OperationTimeout and the HTTP timeout are derived from it.</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries for transient network faults only; never for 401/403.</summary>
    public int MaxRetries { get; init; } = 3;

    public int EffectivePort => Port ?? (Scheme == WinRmScheme.Https ? 5986 : 5985);

    public Uri Endpoint => new UriBuilder(Scheme == WinRmScheme.Https ? "https" : "http", Host, EffectivePort, "wsman").Uri;

    /// <summary>Every reason these options cannot work (empty when they can), each naming the option and the fix.</summary>
    public IReadOnlyList<WinRmOptionProblem> Validate() => WinRmOptionRules.Check(this);

    public override string ToString() =>
        $"{Endpoint} auth={Authentication} user={UserName ?? "(ticket cache)"}";
}
