using System.Text;
using LabDomainController.Hosting;
using Microsoft.Net.Http.Headers;

namespace LabDomainController.Auth;

/// <summary>
/// The HTTP authentication gate of the listener: Basic per request, for the local account only and only when the
/// lab has one (WinRM's Basic is off by default and never takes domain accounts); NTLM (raw or inside SPNEGO) per
/// connection, under either the <c>NTLM</c> or the <c>Negotiate</c> scheme, as Windows' HTTP.sys accepts them.
/// </summary>
internal sealed class HttpAuthenticator(
    LabCredentials credentials, LabOptions options, LabCounterState counters, TimeProvider clock, LabChannelBinding channelBinding)
{
    public IReadOnlyList<string> Offers(bool isHttps)
    {
        List<string> offers = options.Kerberos ? ["Negotiate", "Kerberos", "NTLM"] : ["Negotiate", "NTLM"];
        if (credentials.LocalUserName is not null && (isHttps || options.AllowUnencrypted))
        {
            offers.Add("Basic realm=\"WSMAN\"");
        }

        return offers;
    }

    public AuthOutcome Authenticate(HttpContext context)
    {
        var connection = ConnectionAuthState.For(context);
        string header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (header.Length == 0)
        {
            return connection.IsAuthenticated
                ? new AuthOutcome(AuthOutcomeKind.Authenticated, connection.Sealing, IsPrivileged: connection.IsPrivileged, Account: connection.Account)
                : AuthOutcome.Unauthorized();
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? header : header[..space];
        var value = space < 0 ? string.Empty : header[(space + 1)..].Trim();
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateBasic(value, context.Request.IsHttps);
        }

        if (options.Kerberos && (scheme.Equals("Kerberos", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Negotiate", StringComparison.OrdinalIgnoreCase)))
        {
            if (TryAuthenticateKerberos(connection, scheme, value) is { } kerberos)
            {
                return kerberos;
            }
        }

        if (scheme.Equals("NTLM", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Negotiate", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateConnection(connection, scheme, value, context.Request.IsHttps);
        }

        return AuthOutcome.Unauthorized(detail: $"Authorization scheme '{scheme}' is not offered by this listener.");
    }

    private AuthOutcome AuthenticateBasic(string value, bool isHttps)
    {
        if (!isHttps && !options.AllowUnencrypted)
        {
            return AuthOutcome.Unauthorized(detail: "Basic over http needs the lab's --allow-unencrypted flag (AllowUnencrypted=false).");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return new AuthOutcome(AuthOutcomeKind.BadRequest, Detail: "The Basic credentials are not base64.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? string.Empty : decoded[(colon + 1)..];
        if (credentials.MatchesLocalAccount(user, password))
        {
            return new AuthOutcome(AuthOutcomeKind.Authenticated, IsPrivileged: true);
        }

        counters.AuthFailure();
        return new AuthOutcome(AuthOutcomeKind.Failed);
    }

    private AuthOutcome AuthenticateConnection(ConnectionAuthState connection, string scheme, string value, bool isHttps)
    {
        byte[] token;
        try
        {
            token = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return new AuthOutcome(AuthOutcomeKind.BadRequest, Detail: $"The {scheme} token is not base64.");
        }

        try
        {
            var raw = NtlmMessageReader.IsNtlm(token);
            if ((raw && NtlmMessageReader.MessageType(token) == 1) || SpnegoTokens.IsNegTokenInit(token))
            {
                connection.Reset();
                connection.Pending = new SpnegoServerContext(new NtlmServerContext(credentials, clock, channelBinding, isHttps));
            }

            var pending = connection.Pending
                ?? throw new NtlmProtocolException("An authentication token arrived before NEGOTIATE on this connection.");
            var (reply, step) = raw ? AcceptRawNtlm(pending.Ntlm, token) : pending.Accept(token);
            var replyHeader = reply.Length == 0 ? null : $"{scheme} {Convert.ToBase64String(reply)}";
            switch (step)
            {
                case AuthStep.Continue:
                    return AuthOutcome.Unauthorized(replyHeader);
                case AuthStep.Completed:
                    connection.Complete(pending.Ntlm.Sealing!, pending.Ntlm.IsPrivileged, pending.Ntlm.Account);
                    return new AuthOutcome(AuthOutcomeKind.Authenticated, connection.Sealing, replyHeader, IsPrivileged: connection.IsPrivileged, Account: connection.Account);
                default:
                    connection.Reset();
                    counters.AuthFailure();
                    return new AuthOutcome(AuthOutcomeKind.Failed);
            }
        }
        catch (NtlmProtocolException exception)
        {
            connection.Reset();
            return new AuthOutcome(AuthOutcomeKind.BadRequest, Detail: exception.Message);
        }
    }

    /// <summary>Null when the token is not Kerberos (so NTLM handles it).</summary>
    private AuthOutcome? TryAuthenticateKerberos(ConnectionAuthState connection, string scheme, string value)
    {
        byte[] token;
        try
        {
            token = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return new AuthOutcome(AuthOutcomeKind.BadRequest, Detail: $"The {scheme} token is not base64.");
        }

        var isKerberosScheme = scheme.Equals("Kerberos", StringComparison.OrdinalIgnoreCase);
        if (connection.PendingKerberos is null)
        {
            if (!isKerberosScheme && !KerberosServerContext.IsKerberosToken(token))
            {
                return null;
            }

            connection.Reset();
            connection.PendingKerberos = new KerberosServerContext();
        }

        var pending = connection.PendingKerberos;
        var (reply, step) = pending.Accept(token);
        var replyHeader = reply.Length == 0 ? null : $"{scheme} {Convert.ToBase64String(reply)}";
        switch (step)
        {
            case AuthStep.Continue:
                return AuthOutcome.Unauthorized(replyHeader);
            case AuthStep.Completed when pending.ClientName is { } name && credentials.AccountFor(string.Empty, name) is { } account:
                var protocol = isKerberosScheme ? EncryptedMessageFraming.KerberosProtocol : EncryptedMessageFraming.SpnegoProtocol;
                connection.Complete(pending.Sealing(protocol), credentials.MayUseWinRm(account), account);
                return new AuthOutcome(AuthOutcomeKind.Authenticated, connection.Sealing, replyHeader, IsPrivileged: connection.IsPrivileged, Account: connection.Account);
            default:
                connection.Reset();
                counters.AuthFailure();
                return new AuthOutcome(AuthOutcomeKind.Failed);
        }
    }

    private static (byte[] Reply, AuthStep Step) AcceptRawNtlm(NtlmServerContext ntlm, byte[] token) =>
        NtlmMessageReader.MessageType(token) == 1
            ? (ntlm.AcceptNegotiate(token), AuthStep.Continue)
            : ntlm.AcceptAuthenticate(token) ? ([], AuthStep.Completed) : ([], AuthStep.Rejected);
}
