using System.Net;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>Picks the authenticator for the options, after <see cref="WinRmOptionRules"/> has accepted them.</summary>
internal static class WinRmAuthenticators
{
    public static IWinRmAuthenticator From(WinRmConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        WinRmOptionRules.ThrowIfInvalid(options);
        var seal = options.Scheme == WinRmScheme.Http;
        var spn = ServicePrincipalName(options);
        var credential = Credential(options);
        return options.Authentication switch
        {
            WinRmAuthentication.Basic => new BasicAuthenticator(options.UserName!, options.Password!),
            WinRmAuthentication.Ntlm => new NtlmAuthenticator(credential!, spn, seal),
            WinRmAuthentication.Negotiate => new NegotiateAuthenticator(credential, spn, seal),
            WinRmAuthentication.Kerberos => new KerberosAuthenticator(credential, spn, seal),
            _ => throw new WinRmConfigurationException("auth", $"'{options.Authentication}' is not one of negotiate, ntlm, kerberos, basic."),
        };
    }

    /// <summary>
    /// <c>HTTP/&lt;TlsServerName ?? Host&gt;</c>, as Windows registers it for WinRM; the name is never resolved, so an
    /// address as Host plus the DC's name as TlsServerName gives a working Kerberos SPN.
    /// </summary>
    public static string ServicePrincipalName(WinRmConnectionOptions options) => "HTTP/" + (options.TlsServerName ?? options.Host);

    /// <summary><c>DOMAIN\user</c> splits into user and domain; <c>user@realm</c> stays whole (Kerberos reads the realm from it).</summary>
    public static NetworkCredential? Credential(WinRmConnectionOptions options)
    {
        if (string.IsNullOrEmpty(options.UserName))
        {
            return null;
        }

        var slash = options.UserName.IndexOf('\\', StringComparison.Ordinal);
        return slash > 0
            ? new NetworkCredential(options.UserName[(slash + 1)..], options.Password ?? string.Empty, options.UserName[..slash])
            : new NetworkCredential(options.UserName, options.Password ?? string.Empty);
    }
}
