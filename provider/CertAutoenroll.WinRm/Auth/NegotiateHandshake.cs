using System.Net;
using System.Net.Http.Headers;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// Authenticates the transport's one connection with empty-body POSTs ([MS-WSMV] 2.2.9.1.1.1) until the
/// service answers 200. A 401 to the final message means the credentials were rejected: thrown at once.
/// </summary>
internal sealed class NegotiateHandshake(HttpClient http, Uri endpoint, AuthenticationPlan plan, ConnectionCounter connections, string? user)
{
    private const int MaxLegs = 8;

    public async Task<(NegotiateSecurityContext Context, long Connection)> RunAsync(CancellationToken cancellationToken)
    {
        var context = new NegotiateSecurityContext(plan);
        try
        {
            string? incoming = null;
            for (var leg = 0; leg < MaxLegs; leg++)
            {
                var token = context.Step(incoming);
                if (token is null)
                {
                    return context.IsCompleted
                        ? (context, connections.Current)
                        : throw new WinRmAuthenticationException($"The {plan.Package} handshake with {endpoint} stalled without a token.");
                }

                using var response = await PostTokenAsync(token, cancellationToken).ConfigureAwait(false);
                var serverToken = ReadServerToken(response);
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

                return (context, connections.Current);
            }

            throw new WinRmAuthenticationException($"The {plan.Package} handshake with {endpoint} did not finish in {MaxLegs} round trips.");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> PostTokenAsync(string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(plan.HeaderScheme, token);
        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private string? ReadServerToken(HttpResponseMessage response)
    {
        foreach (var challenge in response.Headers.WwwAuthenticate)
        {
            if (string.Equals(challenge.Scheme, plan.HeaderScheme, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(challenge.Parameter))
            {
                return challenge.Parameter;
            }
        }

        return null;
    }
}
