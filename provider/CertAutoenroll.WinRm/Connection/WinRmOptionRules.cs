using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertAutoenroll.WinRm.Connection;

/// <summary>
/// Every rule that decides whether a set of connection options can work, in one place: the client applies
/// them before it connects, and the provider's CheckConfig reports them (so nothing passes the check and
/// fails only at the first remote call).
/// </summary>
internal static class WinRmOptionRules
{
    public static IReadOnlyList<WinRmOptionProblem> Check(WinRmConnectionOptions options)
    {
        var problems = new List<WinRmOptionProblem>();
        var http = options.Scheme == WinRmScheme.Http;
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            problems.Add(new("host", "is empty; give the domain controller's DNS name."));
        }

        if (options.Port is < 1 or > 65535)
        {
            problems.Add(new("port", "must be from 1 to 65535 (or unset: 5986 for https, 5985 for http)."));
        }

        if (!Enum.IsDefined(options.Authentication))
        {
            problems.Add(new("auth", $"'{options.Authentication}' is not one of negotiate, ntlm, kerberos, basic."));
        }

        if (options.Authentication == WinRmAuthentication.Basic && http && !options.AllowUnencrypted)
        {
            problems.Add(new(
                "auth",
                "Basic authentication over http sends the password and every message in clear text; use scheme https, "
                + "or ntlm/negotiate/kerberos (which seal messages on http), or set allowUnencrypted=true for a lab."));
        }

        var hasUser = !string.IsNullOrEmpty(options.UserName);
        if (options.Authentication is WinRmAuthentication.Basic or WinRmAuthentication.Ntlm && !hasUser)
        {
            problems.Add(new(
                "username",
                $"{Name(options.Authentication)} authentication needs a user name (DOMAIN\\user or user@realm); only negotiate and kerberos can use the Kerberos ticket cache."));
        }

        if (hasUser && string.IsNullOrEmpty(options.Password))
        {
            problems.Add(new("password", "a user name is set but its password is not; give the account's password (or neither, for the Kerberos ticket cache)."));
        }

        if (!string.IsNullOrWhiteSpace(options.CaCertificate) && PemProblem(options.CaCertificate) is { } pem)
        {
            problems.Add(new("caCertificate", pem));
        }

        return problems;
    }

    /// <summary>Throws the first problem as a <see cref="WinRmConfigurationException"/>.</summary>
    public static void ThrowIfInvalid(WinRmConnectionOptions options)
    {
        if (Check(options) is [var first, ..])
        {
            throw new WinRmConfigurationException(first.Field, first.Message);
        }
    }

    public static X509Certificate2Collection LoadAnchors(string pem)
    {
        var anchors = new X509Certificate2Collection();
        try
        {
            anchors.ImportFromPem(pem);
        }
        catch (CryptographicException exception)
        {
            throw new WinRmConfigurationException("caCertificate", $"is not a PEM certificate: {exception.Message}");
        }

        return anchors.Count > 0
            ? anchors
            : throw new WinRmConfigurationException("caCertificate", "holds no '-----BEGIN CERTIFICATE-----' block.");
    }

    private static string? PemProblem(string pem)
    {
        try
        {
            _ = LoadAnchors(pem);
            return null;
        }
        catch (WinRmConfigurationException exception)
        {
            return exception.Message["caCertificate: ".Length..];
        }
    }

    private static string Name(WinRmAuthentication authentication) => authentication.ToString().ToLowerInvariant();
}
