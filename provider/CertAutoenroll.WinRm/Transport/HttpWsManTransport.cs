using System.Net;
using System.Text;
using CertAutoenroll.WinRm.Auth;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Encryption;
using CertAutoenroll.WinRm.Logging;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Transport;

/// <summary>
/// POSTs envelopes to /wsman over one TCP connection. The authenticator decides how: a header on every request
/// (Basic), or a handshake per connection whose context may seal the messages (http) and is bound to the TLS
/// channel (https). Retries transient faults only.
/// </summary>
internal sealed class HttpWsManTransport : IWsManTransport
{
    private const string SoapContentType = "application/soap+xml;charset=UTF-8";

    /// <summary>Hosts already warned about disabled TLS validation: the warning appears once per host, not per session.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> InsecureWarned = new(StringComparer.OrdinalIgnoreCase);

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly IWinRmAuthenticator _authenticator;
    private readonly bool _https;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly ConnectionCounter _connections = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string? _user;
    private IConnectionSecurityContext? _context;
    private TlsServerEndPointBinding? _binding;
    private long _contextConnection = -1;

    public HttpWsManTransport(WinRmConnectionOptions options, ILogger logger, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _authenticator = WinRmAuthenticators.From(options);
        _https = options.Scheme == WinRmScheme.Https;
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
        ResetContext();
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
            var perConnection = _authenticator.RequestHeader is null;
            if (perConnection)
            {
                await EnsureAuthenticatedAsync(limit.Token).ConfigureAwait(false);
            }

            using var response = await PostAsync(payload, limit.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && perConnection)
            {
                // The logon was accepted (the handshake completed), so this 401 is no rejection of the credentials: the
                // message went out on a fresh connection that was never authenticated (the old one was closed), or the
                // listener forgot the connection's logon (as after a service restart). Either way it did not process the
                // message, so authenticate afresh and send it once more; a rejected handshake then fails as it should.
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
        if (_context?.Sealer is { } sealer)
        {
            content = new ByteArrayContent(EncryptedMessage.Seal(payload, sealer));
            content.Headers.TryAddWithoutValidation("Content-Type", EncryptedMessage.ContentType(sealer.Protocol));
        }
        else
        {
            content = new ByteArrayContent(payload);
            content.Headers.TryAddWithoutValidation("Content-Type", SoapContentType);
        }

        request.Content = content;
        request.Headers.Authorization = _authenticator.RequestHeader;

        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ReadReplyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(";", values) : null;
        if (EncryptedMessage.IsEncrypted(contentType) && body.Length > 0)
        {
            body = _context?.Sealer is { } sealer
                ? EncryptedMessage.Unseal(body, sealer)
                : throw new WinRmProtocolException($"{_endpoint} sent an encrypted reply on a connection that does not seal.");
        }

        var text = Encoding.UTF8.GetString(body);
        if (response.StatusCode == HttpStatusCode.OK
            || (response.StatusCode == HttpStatusCode.InternalServerError && HttpReplyClassifier.IsSoapFault(text)))
        {
            return text;
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // The listener no longer knows this connection's logon: the next request must authenticate afresh.
            ResetContext();
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
        var handshake = new NegotiateHandshake(_http, _endpoint, _connections, _user);
        TlsServerEndPointBinding? binding = null;
        if (_https && _authenticator.UsesChannelBinding)
        {
            if (_connections.CurrentEndPointHash() is null)
            {
                await handshake.ProbeAsync(cancellationToken).ConfigureAwait(false);
            }

            binding = _connections.CurrentEndPointHash() is { } hash ? new TlsServerEndPointBinding(hash) : null;
        }

        var context = _authenticator.CreateContext(binding)
            ?? throw new InvalidOperationException($"The {_authenticator.Name} authenticator has no connection context.");
        try
        {
            _contextConnection = await handshake.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            context.Dispose();
            binding?.Dispose();
            throw;
        }

        _context = context;
        _binding = binding;
        WinRmLog.Authenticated(_logger, _endpoint.Host, context.Package, context.Sealer is not null, binding is not null);
    }

    private void ResetContext()
    {
        _context?.Dispose();
        _context = null;
        _binding?.Dispose();
        _binding = null;
        _contextConnection = -1;
    }
}
