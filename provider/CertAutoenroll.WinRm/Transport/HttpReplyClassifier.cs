using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>Maps HTTP outcomes to the client's exceptions, in one place, and marks which ones are transient.</summary>
internal static class HttpReplyClassifier
{
    private const int BodyExcerpt = 512;

    public static bool IsSoapFault(string text) =>
        text.Contains("http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal)
        && text.Contains("Fault", StringComparison.Ordinal);

    public static WinRmException FromStatus(HttpStatusCode status, string body, Uri endpoint, string? user)
    {
        var code = (int)status;
        var excerpt = body.Length > BodyExcerpt ? body[..BodyExcerpt] : body;
        return status switch
        {
            HttpStatusCode.Unauthorized => Rejected(endpoint, user),
            HttpStatusCode.Forbidden => new WinRmAuthenticationException(
                $"{endpoint} refused access (HTTP 403) for '{user}': the account needs administrator rights on the target "
                + "(or membership of Remote Management Users)."),
            HttpStatusCode.ServiceUnavailable => new WinRmTransportException(
                $"{endpoint} is temporarily unavailable (HTTP 503).", code, excerpt, null, isTransient: true),
            HttpStatusCode.InternalServerError => new WinRmTransportException(
                $"{endpoint} answered HTTP 500 Internal Server Error without a SOAP body: the WinRM service failed before it "
                + $"could reply (its event log on the host says why){(excerpt.Length > 0 ? $"; body: {excerpt}" : ".")}", code, excerpt, null, isTransient: true),
            HttpStatusCode.RequestEntityTooLarge => new WinRmTransportException(
                $"{endpoint} refused the request as too large (HTTP 413); raise MaxEnvelopeSizekb on the listener.", code, excerpt),
            _ => new WinRmTransportException($"{endpoint} answered HTTP {code} {status}: {excerpt}", code, excerpt),
        };
    }

    public static WinRmAuthenticationException Rejected(Uri endpoint, string? user) =>
        new($"{endpoint} rejected the credentials of '{user ?? "(ticket cache)"}' (HTTP 401). Check the user name, password and "
            + "auth method; the request is not retried so the account is not locked out.");

    public static WinRmException FromException(HttpRequestException exception, Uri endpoint)
    {
        var transient = exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded
            || exception.InnerException is IOException or SocketException;
        return exception.HttpRequestError switch
        {
            HttpRequestError.SecureConnectionError => new WinRmTransportException(
                $"The TLS handshake with {endpoint} failed: {exception.Message} If the certificate is not from a CA this machine trusts, "
                + "set caCertificate (PEM); if its name differs from the host, set tlsServerName.", null, null, exception),
            HttpRequestError.NameResolutionError => new WinRmTransportException(
                $"The host name of {endpoint} does not resolve: {exception.Message}", null, null, exception),
            _ => new WinRmTransportException(
                $"Could not talk to {endpoint}: {exception.Message}", null, null, exception, transient),
        };
    }
}
