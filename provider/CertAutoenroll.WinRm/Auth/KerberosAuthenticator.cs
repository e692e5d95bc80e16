using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>Kerberos under its own header scheme ([MS-WSMV] 2.2.9.1.2.1); seals over http with the Kerberos protocol string.</summary>
internal sealed class KerberosAuthenticator(NetworkCredential? credential, string targetName, bool sealMessages) : IWinRmAuthenticator
{
    public string Name => "kerberos";

    public AuthenticationHeaderValue? RequestHeader => null;

    public bool UsesChannelBinding => true;

    public IConnectionSecurityContext CreateContext(ChannelBinding? binding) =>
        new NegotiateSecurityContext(
            new NegotiateContextSettings("Kerberos", "Kerberos", EncryptedMessage.KerberosProtocol, sealMessages, targetName, credential), binding);
}
