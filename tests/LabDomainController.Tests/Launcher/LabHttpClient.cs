using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using LabDomainController.Auth;
using LabDomainController.Tests.Auth;

namespace LabDomainController.Tests.Launcher;

/// <summary>
/// A bare WS-Man HTTP client for the launcher tests: Basic over https trusting the lab's PEM, or NTLM/Negotiate
/// over http on one TCP connection with sealed (multipart/encrypted) bodies, as the provider talks to a DC.
/// </summary>
internal sealed class LabHttpClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private string? _basic;
    private DotNetNtlmClient? _ntlm;

    private LabHttpClient(Uri endpoint, string? trustedPem)
    {
        _endpoint = endpoint;
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        if (trustedPem is not null)
        {
            var root = X509Certificate2.CreateFromPem(trustedPem);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
                {
                    return false;
                }

                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(root);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(new X509Certificate2(certificate));
            };
        }

        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public static LabHttpClient Basic(Uri httpsEndpoint, string trustedPem, string userName, string password) =>
        new(httpsEndpoint, trustedPem)
        {
            _basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")),
        };

    public static LabHttpClient Connection(Uri httpEndpoint) => new(httpEndpoint, null);

    /// <summary>Runs the NTLM/Negotiate handshake on this client's one connection; returns the final status.</summary>
    public async Task<HttpStatusCode> AuthenticateAsync(string package, string userName, string password)
    {
        _ntlm = new DotNetNtlmClient(package, userName, password);
        var scheme = package == "NTLM" ? "NTLM" : "Negotiate";
        byte[]? incoming = null;
        while (true)
        {
            var token = _ntlm.Next(incoming, out _);
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent([]) };
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, Convert.ToBase64String(token!));
            using var response = await _http.SendAsync(request);
            var challenge = response.Headers.WwwAuthenticate.FirstOrDefault(h => h.Scheme == scheme)?.Parameter;
            if (response.StatusCode != HttpStatusCode.Unauthorized || challenge is null)
            {
                if (challenge is not null)
                {
                    _ntlm.Next(Convert.FromBase64String(challenge), out _);
                }

                return response.StatusCode;
            }

            incoming = Convert.FromBase64String(challenge);
        }
    }

    /// <summary>Sends a SOAP envelope (sealed when authenticated by NTLM) and returns the status and reply.</summary>
    public async Task<(HttpStatusCode Status, XDocument? Reply)> SendAsync(byte[] envelope, bool seal = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        if (_basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basic);
        }

        if (_ntlm is not null && seal)
        {
            var wrapped = _ntlm.Wrap(envelope);
            request.Content = new ByteArrayContent(EncryptedMessageFraming.Write(EncryptedMessageFraming.SpnegoProtocol, wrapped.AsSpan(0, 16), wrapped.AsSpan(16), envelope.Length));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", EncryptedMessageFraming.ContentType(EncryptedMessageFraming.SpnegoProtocol));
        }
        else
        {
            request.Content = new ByteArrayContent(envelope);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/soap+xml;charset=UTF-8");
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (body.Length == 0 || response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return (response.StatusCode, null);
        }

        if (EncryptedMessageFraming.IsEncrypted(response.Content.Headers.ContentType?.ToString()))
        {
            var (_, signature, sealedData, _) = EncryptedMessageFraming.Read(body);
            body = _ntlm!.Unwrap([.. signature, .. sealedData]);
        }

        var text = Encoding.UTF8.GetString(body);
        return (response.StatusCode, XDocument.Parse(text));
    }

    public void Dispose()
    {
        _ntlm?.Dispose();
        _http.Dispose();
    }
}
