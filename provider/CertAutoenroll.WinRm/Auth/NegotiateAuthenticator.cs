using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// Negotiate: Kerberos when a ticket can be had for the SPN, NTLM otherwise, both under the Negotiate scheme
/// (so sealed bodies name SPNEGO). The client decides itself, because .NET's managed SPNEGO (the one that works
/// for NTLM on Linux without gss-ntlmssp) offers only NTLM: Kerberos goes as GSSAPI's raw token, NTLM as
/// managed SPNEGO. Kerberos is tried for <c>user@REALM</c> and for the ticket cache (null credential, with no
/// NTLM to fall back to); a <c>DOMAIN\user</c> account names a NetBIOS domain, not a realm, so it goes to NTLM
/// at once instead of costing a KDC lookup per connection.
/// </summary>
internal sealed class NegotiateAuthenticator(NetworkCredential? credential, string targetName, bool sealMessages) : IWinRmAuthenticator
{
    public string Name => "negotiate";

    public AuthenticationHeaderValue? RequestHeader => null;

    public bool UsesChannelBinding => true;

    public IConnectionSecurityContext CreateContext(ChannelBinding? binding)
    {
        var ntlm = credential is null
            ? null
            : new NegotiateContextSettings("Negotiate", "Negotiate", EncryptedMessage.SpnegoProtocol, sealMessages, targetName, credential);
        if (ntlm is not null && !string.IsNullOrEmpty(credential!.Domain))
        {
            return new NegotiateSecurityContext(ntlm, binding);
        }

        var kerberos = new NegotiateContextSettings("Kerberos", "Negotiate", EncryptedMessage.SpnegoProtocol, sealMessages, targetName, credential);
        return new KerberosFirstContext(kerberos, ntlm, binding);
    }
}
