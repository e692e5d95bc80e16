using System.Net;
using System.Net.Security;
using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// One NTLM/Negotiate/Kerberos client context (System.Net.Security.NegotiateAuthentication) for one TCP
/// connection. Once complete it hands out the sealer that fits the package actually negotiated.
/// </summary>
internal sealed class NegotiateSecurityContext : IConnectionSecurityContext
{
    private readonly NegotiateAuthentication _context;
    private readonly NegotiateContextSettings _settings;
    private IMessageSealer? _sealer;

    public NegotiateSecurityContext(NegotiateContextSettings settings, ChannelBinding? binding)
    {
        _settings = settings;
        _context = new NegotiateAuthentication(new NegotiateAuthenticationClientOptions
        {
            Package = settings.Package,
            Credential = settings.Credential ?? CredentialCache.DefaultNetworkCredentials,
            TargetName = settings.TargetName,
            RequiredProtectionLevel = settings.SealMessages ? ProtectionLevel.EncryptAndSign : ProtectionLevel.None,
            Binding = binding,
        });
    }

    public string HeaderScheme => _settings.HeaderScheme;

    public string Package => _context.Package;

    public bool IsCompleted { get; private set; }

    public IMessageSealer? Sealer => _settings.SealMessages && IsCompleted
        ? _sealer ??= new NegotiateMessageSealer(_context, _settings.SealProtocol)
        : null;

    public string? Step(string? incomingToken)
    {
        var outgoing = _context.GetOutgoingBlob(incomingToken, out var status);
        switch (status)
        {
            case NegotiateAuthenticationStatusCode.Completed:
                IsCompleted = true;
                return outgoing;
            case NegotiateAuthenticationStatusCode.ContinueNeeded:
                return outgoing;
            case NegotiateAuthenticationStatusCode.Unsupported:
                throw new WinRmAuthenticationException(
                    $"The {_settings.Package} authentication package is not available on this machine. On Linux NTLM needs the "
                    + "System.Net.Security.UseManagedNtlm switch (set by the provider's executable); Kerberos needs libgssapi-krb5 and a krb5.conf.");
            case not NegotiateAuthenticationStatusCode.Unsupported when _settings.Package == "Kerberos":
                throw KerberosFailure(status);
            default:
                throw new WinRmAuthenticationException(
                    $"The {_settings.Package} handshake for {_settings.TargetName} failed locally ({status}); check the user name format "
                    + "(DOMAIN\\user, or user@REALM for Kerberos), the auth method and that the server offers it.");
        }
    }

    public void Dispose() => _context.Dispose();

    private WinRmAuthenticationException KerberosFailure(NegotiateAuthenticationStatusCode status) =>
        new($"Kerberos could not get a ticket for {_settings.TargetName} ({status}): the KDC does not know that SPN or the "
            + "user's realm. Use the DC's DNS name as host (or tlsServerName when host is an address), the user as user@REALM "
            + "with the realm in upper case, and a krb5.conf that names the realm's KDC.");
}
