using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// Negotiate (SPNEGO): Kerberos when a ticket can be had for the SPN, NTLM otherwise; seals over http with
/// whichever package was picked. A null credential means the Kerberos ticket cache.
/// </summary>
internal sealed class NegotiateAuthenticator(NetworkCredential? credential, string targetName, bool sealMessages) : IWinRmAuthenticator
{
    public string Name => "negotiate";

    public AuthenticationHeaderValue? RequestHeader => null;

    public bool UsesChannelBinding => true;

    public IConnectionSecurityContext CreateContext(ChannelBinding? binding) =>
        new NegotiateSecurityContext(
            new NegotiateContextSettings("Negotiate", "Negotiate", EncryptedMessage.SpnegoProtocol, sealMessages, targetName, credential), binding);
}
