using System.Net;
using System.Text;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>How the transport authenticates and protects messages, decided once from the options and checked for sense.</summary>
internal sealed record AuthenticationPlan(
    WinRmAuthentication Method, string? Package, string HeaderScheme, bool SealMessages, string TargetName, NetworkCredential? Credential)
{
    public bool IsBasic => Method == WinRmAuthentication.Basic;

    public static AuthenticationPlan From(WinRmConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            throw new WinRmConfigurationException("host", "is empty; give the domain controller's DNS name.");
        }

        var http = options.Scheme == WinRmScheme.Http;
        var credential = ToCredential(options);
        var spn = "HTTP/" + (options.TlsServerName ?? options.Host);
        switch (options.Authentication)
        {
            case WinRmAuthentication.Basic:
                if (http && !options.AllowUnencrypted)
                {
                    throw new WinRmConfigurationException(
                        "allowUnencrypted",
                        "Basic authentication over http sends the password and every message in clear text; use scheme https, "
                        + "or ntlm/negotiate (which seal messages on http), or set allowUnencrypted=true for a lab.");
                }

                RequireCredential(credential, "basic");
                return new(options.Authentication, null, "Basic", false, spn, credential);
            case WinRmAuthentication.Ntlm:
                RequireCredential(credential, "ntlm");
                return new(options.Authentication, "NTLM", "Negotiate", http, spn, credential);
            case WinRmAuthentication.Negotiate:
                return new(options.Authentication, "Negotiate", "Negotiate", http, spn, credential);
            case WinRmAuthentication.Kerberos:
                if (http && !options.AllowUnencrypted)
                {
                    throw new WinRmConfigurationException(
                        "scheme",
                        "Kerberos message encryption over http is not supported by this client; use scheme https with kerberos, "
                        + "or ntlm/negotiate over http.");
                }

                return new(options.Authentication, "Kerberos", "Kerberos", false, spn, credential);
            default:
                throw new WinRmConfigurationException("auth", $"'{options.Authentication}' is not one of negotiate, ntlm, kerberos, basic.");
        }
    }

    public string BasicHeaderValue() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DisplayUser(Credential!)}:{Credential!.Password}"));

    private static string DisplayUser(NetworkCredential credential) =>
        string.IsNullOrEmpty(credential.Domain) ? credential.UserName : $"{credential.Domain}\\{credential.UserName}";

    private static NetworkCredential? ToCredential(WinRmConnectionOptions options)
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

    private static void RequireCredential(NetworkCredential? credential, string method)
    {
        if (credential is null)
        {
            throw new WinRmConfigurationException("username", $"{method} authentication needs a user name (DOMAIN\\user or user@realm).");
        }

        if (string.IsNullOrEmpty(credential.Password))
        {
            throw new WinRmConfigurationException("password", $"{method} authentication needs the account's password.");
        }
    }
}
