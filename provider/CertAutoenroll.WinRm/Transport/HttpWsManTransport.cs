using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CertAutoenroll.WinRm.Auth;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Encryption;
using CertAutoenroll.WinRm.Logging;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// POSTs envelopes to /wsman over one TCP connection: Basic on every request, or an NTLM/Negotiate/Kerberos
/// handshake per connection followed by sealed (http) or plain (https) messages. Retries transient faults only.
/// </summary>
internal sealed class HttpWsManTransport : IWsManTransport
{
    private const string SoapContentType = "application/soap+xml;charset=UTF-8";

    /// <summary>Hosts already warned about disabled TLS validation: the warning appears once per host, not per session.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> InsecureWarned = new(StringComparer.OrdinalIgnoreCase);

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly AuthenticationPlan _plan;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly ConnectionCounter _connections = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string? _user;
    private NegotiateSecurityContext? _context;
    private long _contextConnection = -1;

    public HttpWsManTransport(WinRmConnectionOptions options, ILogger logger, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _plan = AuthenticationPlan.From(options);
        _endpoint = options.Endpoint;
        _user = options.UserName;
        _logger = logger;
        _retry = retry ?? RetryPolicy.Default(options.MaxRetries);
        if (options.InsecureSkipTlsVerify && options.Scheme == WinRmScheme.Https && InsecureWarned.TryAdd(options.Host, true))
        {
            WinRmLog.InsecureTls(logger, options.Host);
        }

        var handler = HttpHandlerFactory.Create(new TlsCertificateValidator(options), _connections);
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("CertAutoenroll-WinRM/1.0");
    }

    public async Task<string> SendAsync(string envelope, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var payload = Encoding.UTF8.GetBytes(envelope);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(payload, timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (WinRmTransportException exception) when (_retry.ShouldRetry(exception, attempt))
            {
                var delay = _retry.DelayBefore(attempt);
                WinRmLog.TransientRetry(_logger, _endpoint.Host, exception.Message, attempt, _retry.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        _context?.Dispose();
        _http.Dispose();
        _gate.Dispose();
    }

    private async Task<string> SendOnceAsync(byte[] payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            if (!_plan.IsBasic)
            {
                await EnsureAuthenticatedAsync(limit.Token).ConfigureAwait(false);
            }

            using var response = await PostAsync(payload, limit.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && !_plan.IsBasic && _connections.Current != _contextConnection)
            {
                // The message went out on a fresh connection that was never authenticated (the old one was closed):
                // the credentials were not rejected, so authenticate this connection and send the message once more.
                WinRmLog.Reauthenticating(_logger, _endpoint.Host);
                ResetContext();
                await EnsureAuthenticatedAsync(limit.Token).ConfigureAwait(false);
                using var again = await PostAsync(payload, limit.Token).ConfigureAwait(false);
                return await ReadReplyAsync(again, limit.Token).ConfigureAwait(false);
            }

            return await ReadReplyAsync(response, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            ResetContext();
            throw new WinRmTransportException($"{_endpoint} did not answer within {timeout}.", null, null, exception);
        }
        catch (OperationCanceledException)
        {
            // A request abandoned mid-flight leaves the sealing sequence numbers unknown: authenticate afresh next time.
            ResetContext();
            throw;
        }
        catch (HttpRequestException exception)
        {
            ResetContext();
            throw HttpReplyClassifier.FromException(exception, _endpoint);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        HttpContent content;
        if (_plan.SealMessages && _context is not null)
        {
            content = new ByteArrayContent(EncryptedMessage.Seal(payload, _context, EncryptedMessage.SpnegoProtocol));
            content.Headers.TryAddWithoutValidation("Content-Type", EncryptedMessage.ContentType(EncryptedMessage.SpnegoProtocol));
        }
        else
        {
            content = new ByteArrayContent(payload);
            content.Headers.TryAddWithoutValidation("Content-Type", SoapContentType);
        }

        request.Content = content;
        if (_plan.IsBasic)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _plan.BasicHeaderValue());
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ReadReplyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(";", values) : null;
        if (EncryptedMessage.IsEncrypted(contentType) && body.Length > 0)
        {
            body = _context is null
                ? throw new WinRmProtocolException($"{_endpoint} sent an encrypted reply on a connection without a security context.")
                : EncryptedMessage.Unseal(body, _context);
        }

        var text = Encoding.UTF8.GetString(body);
        if (response.StatusCode == HttpStatusCode.OK
            || (response.StatusCode == HttpStatusCode.InternalServerError && HttpReplyClassifier.IsSoapFault(text)))
        {
            return text;
        }

        throw HttpReplyClassifier.FromStatus(response.StatusCode, text, _endpoint, _user);
    }

    private async Task EnsureAuthenticatedAsync(CancellationToken cancellationToken)
    {
        if (_context is { IsCompleted: true } && _contextConnection == _connections.Current)
        {
            return;
        }

        ResetContext();
        var handshake = new NegotiateHandshake(_http, _endpoint, _plan, _connections, _user);
        var (context, connection) = await handshake.RunAsync(cancellationToken).ConfigureAwait(false);
        _context = context;
        _contextConnection = connection;
        WinRmLog.Authenticated(_logger, _endpoint.Host, context.Package, _plan.SealMessages);
    }

    private void ResetContext()
    {
        _context?.Dispose();
        _context = null;
        _contextConnection = -1;
    }
}
