using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Tests.Infrastructure;
using CertAutoenroll.WinRm.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Transport;

public sealed class HttpWsManTransportTests
{
    private const string Envelope = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body/></s:Envelope>";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static HttpWsManTransport Transport(ScriptedHttpServer server, WinRmAuthentication auth, int maxRetries) =>
        new(
            new WinRmConnectionOptions
            {
                Host = "127.0.0.1",
                Port = server.Port,
                Scheme = WinRmScheme.Http,
                Authentication = auth,
                AllowUnencrypted = true,
                UserName = @"LAB\Administrator",
                Password = "Secret-Pw1",
                MaxRetries = maxRetries,
            },
            NullLogger.Instance,
            new RetryPolicy(maxRetries, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)));

    [Fact]
    public async Task SendAsync_Basic401_ThrowsAuthenticationErrorWithoutRetry()
    {
        await using var server = new ScriptedHttpServer((_, _) => new ScriptedResponse(401, WwwAuthenticate: "Basic realm=\"WSMAN\""));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 5);

        var exception = await Assert.ThrowsAsync<WinRmAuthenticationException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        Assert.Equal(1, server.Requests);
        Assert.Contains("not retried", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pw1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NtlmFinalMessageRejected_ThrowsAfterOneAttempt()
    {
        await using var server = new ScriptedHttpServer((n, request) => n == 1
            ? new ScriptedResponse(401, WwwAuthenticate: "Negotiate " + NtlmChallenge.Base64)
            : new ScriptedResponse(401, WwwAuthenticate: "Negotiate"));
        using var transport = Transport(server, WinRmAuthentication.Ntlm, maxRetries: 5);

        await Assert.ThrowsAsync<WinRmAuthenticationException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendAsync_401ToTheMessageAfterTheLogon_AuthenticatesOnceMoreAndThrowsWhenThatIsRefused()
    {
        // The handshake succeeds; the listener then refuses the message (it forgot the logon): one fresh handshake,
        // which the listener refuses, and no more attempts however many retries are allowed.
        var requests = new List<string>();
        await using var server = new ScriptedHttpServer((n, request) =>
        {
            lock (requests)
            {
                requests.Add(request);
            }

            return n switch
            {
                1 => new ScriptedResponse(401, WwwAuthenticate: "Negotiate " + NtlmChallenge.Base64),
                2 => new ScriptedResponse(200),
                _ => new ScriptedResponse(401, WwwAuthenticate: "Negotiate"),
            };
        });
        using var transport = Transport(server, WinRmAuthentication.Ntlm, maxRetries: 5);

        await Assert.ThrowsAsync<WinRmAuthenticationException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        // 1-2 handshake, 3 the message (401), 4 the fresh handshake's first leg (refused without a token).
        Assert.Equal(4, server.Requests);
        Assert.Contains("Authorization: Negotiate TlRMTVNTUAAB", requests[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_401OnAFreshConnectionAfterTheOldOneClosed_AuthenticatesTheNewOneOnce()
    {
        // The listener closes the authenticated connection; the message goes out on a new, unauthenticated one.
        var requests = new List<string>();
        await using var server = new ScriptedHttpServer((n, request) =>
        {
            lock (requests)
            {
                requests.Add(request);
            }

            return n switch
            {
                1 or 4 => new ScriptedResponse(401, WwwAuthenticate: "Negotiate " + NtlmChallenge.Base64),
                2 => new ScriptedResponse(200, CloseAfter: true),
                5 => new ScriptedResponse(200),
                _ => new ScriptedResponse(401, WwwAuthenticate: "Negotiate"),
            };
        });
        using var transport = Transport(server, WinRmAuthentication.Ntlm, maxRetries: 0);

        await Assert.ThrowsAsync<WinRmAuthenticationException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        // 1-2 handshake, 3 the message on the new connection (401), 4-5 a second handshake there, 6 the message again.
        Assert.Equal(6, server.Requests);
        Assert.Contains("Authorization: Negotiate TlRMTVNTUAAB", requests[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Always503_RetriesUpToMaxRetries()
    {
        await using var server = new ScriptedHttpServer((_, _) => new ScriptedResponse(503));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 3);

        var exception = await Assert.ThrowsAsync<WinRmTransportException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        Assert.Equal(4, server.Requests);
        Assert.Equal(503, exception.StatusCode);
    }

    [Fact]
    public async Task SendAsync_500WithoutSoapThenOk_RetriesAndReturnsReply()
    {
        await using var server = new ScriptedHttpServer((n, _) => n == 1 ? new ScriptedResponse(500, "oops") : new ScriptedResponse(200, Envelope));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 3);

        var reply = await transport.SendAsync(Envelope, Timeout, CancellationToken.None);

        Assert.Equal(Envelope, reply);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task SendAsync_DroppedConnectionThenOk_Retries()
    {
        await using var server = new ScriptedHttpServer((n, _) => n == 1 ? new ScriptedResponse(0, DropConnection: true) : new ScriptedResponse(200, Envelope));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 1);

        var reply = await transport.SendAsync(Envelope, Timeout, CancellationToken.None);

        Assert.Equal(Envelope, reply);
    }

    [Fact]
    public async Task SendAsync_SoapFaultWith500_ReturnsFaultWithoutRetry()
    {
        var fault = WsManFixtures.Read("quota-fault.xml");
        await using var server = new ScriptedHttpServer((_, _) => new ScriptedResponse(500, fault));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 3);

        var reply = await transport.SendAsync(Envelope, Timeout, CancellationToken.None);

        Assert.Equal(fault, reply);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task SendAsync_Forbidden_ThrowsAuthenticationErrorWithoutRetry()
    {
        await using var server = new ScriptedHttpServer((_, _) => new ScriptedResponse(403));
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 3);

        var exception = await Assert.ThrowsAsync<WinRmAuthenticationException>(() => transport.SendAsync(Envelope, Timeout, CancellationToken.None));

        Assert.Equal(1, server.Requests);
        Assert.Contains("administrator", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_BasicRequest_SendsAuthorizationAndSoapContentType()
    {
        string? seen = null;
        await using var server = new ScriptedHttpServer((_, request) =>
        {
            seen = request;
            return new ScriptedResponse(200, Envelope);
        });
        using var transport = Transport(server, WinRmAuthentication.Basic, maxRetries: 0);

        await transport.SendAsync(Envelope, Timeout, CancellationToken.None);

        Assert.Contains("Authorization: Basic " + Convert.ToBase64String("LAB\\Administrator:Secret-Pw1"u8.ToArray()), seen, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/soap+xml;charset=UTF-8", seen, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InsecureSkipTlsVerify_WarnsOncePerHostWithoutSecrets()
    {
        var logger = new ListLogger();
        var options = new WinRmConnectionOptions
        {
            Host = "insecure-once.lab.test",
            Authentication = WinRmAuthentication.Basic,
            UserName = "admin",
            Password = "Secret-Pw1",
            InsecureSkipTlsVerify = true,
        };

        using (new HttpWsManTransport(options, logger))
        using (new HttpWsManTransport(options, logger))
        {
            Assert.Single(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
            Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("Secret-Pw1", StringComparison.Ordinal));
        }
    }
}
