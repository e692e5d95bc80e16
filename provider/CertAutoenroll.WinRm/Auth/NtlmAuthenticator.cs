using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>NTLM (raw NTLMSSP under the Negotiate header scheme, as WinRM accepts it); seals over http.</summary>
internal sealed class NtlmAuthenticator(NetworkCredential credential, string targetName, bool sealMessages) : IWinRmAuthenticator
{
    public string Name => "ntlm";

    public AuthenticationHeaderValue? RequestHeader => null;

    public bool UsesChannelBinding => true;

    public IConnectionSecurityContext CreateContext(ChannelBinding? binding) =>
        new NegotiateSecurityContext(
            new NegotiateContextSettings("NTLM", "Negotiate", EncryptedMessage.SpnegoProtocol, sealMessages, targetName, credential), binding);
}
