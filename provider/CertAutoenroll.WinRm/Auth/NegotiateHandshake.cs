using System.Net;
using System.Net.Http.Headers;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// Authenticates the transport's one connection with empty-body POSTs ([MS-WSMV] 2.2.9.1.1.1) until the
/// service answers 200. A 401 to the final message means the credentials were rejected: thrown at once.
/// Works for any <see cref="IConnectionSecurityContext"/>.
/// </summary>
internal sealed class NegotiateHandshake(HttpClient http, Uri endpoint, ConnectionCounter connections, string? user)
{
    private const int MaxLegs = 8;

    /// <summary>Opens the connection with an anonymous empty POST so its TLS certificate is known before the first token.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent([]) };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> RunAsync(IConnectionSecurityContext context, CancellationToken cancellationToken)
    {
        string? incoming = null;
        for (var leg = 0; leg < MaxLegs; leg++)
        {
            var token = context.Step(incoming);
            if (token is null)
            {
                return context.IsCompleted
                    ? connections.Current
                    : throw new WinRmAuthenticationException($"The {context.Package} handshake with {endpoint} stalled without a token.");
            }

            using var response = await PostTokenAsync(context.HeaderScheme, token, cancellationToken).ConfigureAwait(false);
            var serverToken = ReadServerToken(response, context.HeaderScheme);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                if (serverToken is null || context.IsCompleted)
                {
                    throw HttpReplyClassifier.Rejected(endpoint, user);
                }

                incoming = serverToken;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw HttpReplyClassifier.FromStatus(response.StatusCode, string.Empty, endpoint, user);
            }

            if (serverToken is not null)
            {
                context.Step(serverToken);
            }

            return connections.Current;
        }

        throw new WinRmAuthenticationException($"The {context.Package} handshake with {endpoint} did not finish in {MaxLegs} round trips.");
    }

    private async Task<HttpResponseMessage> PostTokenAsync(string scheme, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private static string? ReadServerToken(HttpResponseMessage response, string scheme)
    {
        foreach (var challenge in response.Headers.WwwAuthenticate)
        {
            if (string.Equals(challenge.Scheme, scheme, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(challenge.Parameter))
            {
                return challenge.Parameter;
            }
        }

        return null;
    }
}
