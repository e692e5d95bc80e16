using System.Text;
using LabDomainController.Auth;
using LabDomainController.Handlers;
using LabDomainController.Limits;
using LabDomainController.Scenarios;
using LabDomainController.Shells;
using LabDomainController.WsMan;
using Microsoft.Net.Http.Headers;

namespace LabDomainController.Hosting;

/// <summary>
/// POST /wsman as HTTP.sys and the WinRM service answer it: latency and failure knobs, authentication,
/// the multipart/encrypted body on sealed connections, dispatch, and a reply sealed like the request.
/// Injected faults (<see cref="FaultInjector"/>) act before dispatch (drop, 500, quota, 401, shell gone, process
/// killed) or after it (drop or delay of the reply to a request the DC did perform).
/// </summary>
internal sealed class WsManEndpoint(
    LabOptions options,
    LabCounterState counters,
    HttpAuthenticator authenticator,
    WsManDispatcher dispatcher,
    ServiceLimits limits,
    FaultInjector faults,
    ShellRegistry shells,
    IHostApplicationLifetime lifetime,
    ILogger<WsManEndpoint> logger)
{
    private const string SoapContentType = "application/soap+xml;charset=UTF-8";

    public async Task HandleAsync(HttpContext context)
    {
        var requestNumber = counters.HttpRequest();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var cancellationToken = cancellation.Token;
        context.Response.Headers[HeaderNames.Server] = "Microsoft-HTTPAPI/2.0";
        if (options.LatencyMs > 0)
        {
            await Task.Delay(options.LatencyMs, cancellationToken).ConfigureAwait(false);
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        var outcome = authenticator.Authenticate(context);
        switch (outcome.Kind)
        {
            case AuthOutcomeKind.Unauthorized:
            case AuthOutcomeKind.Failed:
                if (outcome.Kind == AuthOutcomeKind.Failed)
                {
                    LabLog.AuthenticationFailed(logger, context.Connection.Id);
                }

                await WriteUnauthorizedAsync(context, outcome).ConfigureAwait(false);
                return;
            case AuthOutcomeKind.BadRequest:
                LabLog.BadRequest(logger, context.Connection.Id, outcome.Detail ?? "malformed authentication");
                await WritePlainAsync(context, StatusCodes.Status400BadRequest, outcome.Detail ?? string.Empty).ConfigureAwait(false);
                return;
        }

        if (outcome.ChallengeHeader is { } finalToken)
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = finalToken;
        }

        var sealing = outcome.Sealing;
        var encrypted = EncryptedMessageFraming.IsEncrypted(context.Request.ContentType);
        if (encrypted)
        {
            if (sealing is null)
            {
                await WritePlainAsync(context, StatusCodes.Status400BadRequest, "An encrypted body needs an NTLM/Negotiate-authenticated connection.")
                    .ConfigureAwait(false);
                return;
            }

            try
            {
                var (protocol, signature, sealedData, _) = EncryptedMessageFraming.Read(body);
                if (!string.Equals(protocol, sealing.Protocol, StringComparison.OrdinalIgnoreCase))
                {
                    throw new NtlmProtocolException($"The encrypted body names {protocol}; this connection's login seals with {sealing.Protocol}.");
                }

                body = sealing.Unseal(signature, sealedData);
            }
            catch (NtlmProtocolException exception)
            {
                LabLog.BadRequest(logger, context.Connection.Id, exception.Message);
                await WritePlainAsync(context, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
                return;
            }
        }
        else if (body.Length == 0)
        {
            // The authenticated empty POST clients send to finish the handshake before encrypting.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentLength = 0;
            return;
        }

        if (body.Length > limits.MaxRequestBytes)
        {
            // As the WinRM service does: HTTP 413, which Windows' own client reports as 0x80338111
            // ("the request size exceeded the configured MaxEnvelopeSize quota").
            LabLog.BadRequest(logger, context.Connection.Id, $"request envelope of {body.Length} bytes exceeds MaxEnvelopeSizekb");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentLength = 0;
            return;
        }

        var peek = Peek(body);
        var shell = shells.Find(peek?.ShellId);
        var fault = faults.Decide(peek?.Action ?? string.Empty, shell is not null, shell?.HasCommands == true);
        if (fault is { } kind)
        {
            LabLog.InjectedFailure(logger, faults.Injected()[FaultKindNames.Name(kind)], FaultKindNames.Name(kind), requestNumber);
        }

        switch (fault)
        {
            case FaultKind.DropBefore:
                context.Abort();
                return;
            case FaultKind.Unauthorized:
                // The service no longer knows this connection's logon: the client must authenticate again.
                ConnectionAuthState.For(context).Reset();
                await WriteUnauthorizedAsync(context, AuthOutcome.Unauthorized()).ConfigureAwait(false);
                return;
            case FaultKind.ShellGone:
                await shells.DeleteAllAsync().ConfigureAwait(false);
                break;
            case FaultKind.KillPowerShell:
                shell?.TerminateAll();
                break;
        }

        var relatesTo = peek?.MessageId ?? string.Empty;
        var (reply, isFault) = fault switch
        {
            FaultKind.Http500 => (WsManResponseWriter.Fault(InjectedFaults.InternalError(), relatesTo), true),
            FaultKind.QuotaOperations => (WsManResponseWriter.Fault(InjectedFaults.TooManyOperations(), relatesTo), true),
            FaultKind.QuotaShells => (WsManResponseWriter.Fault(WsManFaultException.MaxShells(options.MaxShells), relatesTo), true),
            _ when !outcome.IsPrivileged => (WsManResponseWriter.Fault(WsManFaultException.AccessDenied(), string.Empty), true),
            _ when !encrypted && sealing is not null && !context.Request.IsHttps && !options.AllowUnencrypted =>
                (WsManResponseWriter.Fault(WsManFaultException.UnencryptedRefused(), string.Empty), true),
            _ => await dispatcher.DispatchAsync(body, $"{context.Request.Scheme}://{context.Request.Host}/wsman", outcome.Account, cancellationToken)
                .ConfigureAwait(false),
        };

        if (fault is FaultKind.DropAfterSend or FaultKind.DropAfterReceive)
        {
            context.Abort();
            return;
        }

        if (fault is FaultKind.DelayReply)
        {
            var delay = faults.Settings.DelayMs > 0
                ? TimeSpan.FromMilliseconds(faults.Settings.DelayMs)
                : (peek?.OperationTimeout ?? TimeSpan.FromSeconds(60)) + TimeSpan.FromSeconds(35);
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client gave up first, as it should: the reply is lost.
                return;
            }
        }

        var replyBytes = WsManResponseWriter.ToBytes(reply);
        context.Response.StatusCode = isFault ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        if (encrypted)
        {
            var (signature, sealedReply) = sealing!.Seal(replyBytes);
            var framed = EncryptedMessageFraming.Write(sealing.Protocol, signature, sealedReply, replyBytes.Length);
            context.Response.ContentType = EncryptedMessageFraming.ContentType(sealing.Protocol);
            await WriteBytesAsync(context, framed).ConfigureAwait(false);
        }
        else
        {
            context.Response.ContentType = SoapContentType;
            await WriteBytesAsync(context, replyBytes).ConfigureAwait(false);
        }
    }

    /// <summary>The request's action and shell, read before dispatch; null when it does not parse (dispatch then faults it).</summary>
    private static WsManRequest? Peek(byte[] body)
    {
        try
        {
            return WsManRequest.Parse(body);
        }
        catch (Exception exception) when (exception is WsManFaultException or System.Xml.XmlException or FormatException)
        {
            return null;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private async Task WriteUnauthorizedAsync(HttpContext context, AuthOutcome outcome)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers[HeaderNames.WWWAuthenticate] = outcome.ChallengeHeader is { } challenge
            ? challenge
            : new Microsoft.Extensions.Primitives.StringValues(authenticator.Offers(context.Request.IsHttps).ToArray());
        context.Response.ContentLength = 0;
        await context.Response.CompleteAsync().ConfigureAwait(false);
    }

    private static Task WritePlainAsync(HttpContext context, int status, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return WriteBytesAsync(context, Encoding.UTF8.GetBytes(text));
    }

    private static async Task WriteBytesAsync(HttpContext context, byte[] bytes)
    {
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }
}
