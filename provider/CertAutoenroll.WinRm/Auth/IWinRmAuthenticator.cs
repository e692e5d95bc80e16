using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// One WinRM authentication method. A method either authenticates every request (<see cref="RequestHeader"/>,
/// Basic) or the TCP connection, through a handshake run by the transport with the context from
/// <see cref="CreateContext"/>; that context also supplies the message sealer when the method seals.
/// A new method (CredSSP) is a new implementation; the transport does not change.
/// </summary>
internal interface IWinRmAuthenticator
{
    /// <summary>The method's name in logs and messages (never a secret).</summary>
    string Name { get; }

    /// <summary>The header every request carries; null for methods that authenticate the connection instead.</summary>
    AuthenticationHeaderValue? RequestHeader { get; }

    /// <summary>True when the method wants the TLS channel binding (tls-server-end-point) in its handshake.</summary>
    bool UsesChannelBinding { get; }

    /// <summary>A fresh security context for one TCP connection; null for per-request methods.</summary>
    IConnectionSecurityContext? CreateContext(ChannelBinding? binding);
}
