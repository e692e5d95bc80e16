using System.Net.Security;

namespace LabDomainController.Auth;

/// <summary>
/// The lab's Kerberos acceptor: .NET's server-side NegotiateAuthentication, which on Linux is GSSAPI (MIT
/// libgssapi-krb5) reading the HTTP/ service key from KRB5_KTNAME. It takes a raw Kerberos AP-REQ (under the
/// Kerberos or Negotiate scheme) or SPNEGO wrapping one.
/// </summary>
internal sealed class KerberosServerContext : IDisposable
{
    private readonly NegotiateAuthentication _context = new(new NegotiateAuthenticationServerOptions
    {
        Package = "Negotiate",
        RequiredProtectionLevel = ProtectionLevel.EncryptAndSign,
    });

    /// <summary>The client principal (user@REALM) once complete.</summary>
    public string? ClientName { get; private set; }

    public (byte[] Reply, AuthStep Step) Accept(byte[] token)
    {
        var reply = _context.GetOutgoingBlob(token, out var status) ?? [];
        switch (status)
        {
            case NegotiateAuthenticationStatusCode.Completed:
                ClientName = _context.RemoteIdentity.Name;
                return (reply, AuthStep.Completed);
            case NegotiateAuthenticationStatusCode.ContinueNeeded:
                return (reply, AuthStep.Continue);
            default:
                return (reply, AuthStep.Rejected);
        }
    }

    /// <summary>The sealing of this login; the protocol string follows the header scheme the client used.</summary>
    public IConnectionSealing Sealing(string protocol) => new KerberosSealing(_context, protocol);

    public void Dispose() => _context.Dispose();

    /// <summary>True for a GSS-API InitialContextToken (0x60 …) naming the Kerberos mechanism, or SPNEGO preferring it.</summary>
    public static bool IsKerberosToken(byte[] token)
    {
        if (token.Length > 13 && token[0] == 0x60 && token.AsSpan(0, 16).IndexOf(KerberosOidDer) is > 0 and < 6)
        {
            return true;
        }

        if (!SpnegoTokens.IsNegTokenInit(token))
        {
            return false;
        }

        try
        {
            var init = SpnegoTokens.ReadInit(token);
            return init.MechTypes.Count > 0 && init.MechTypes[0] is KerberosOid or MicrosoftKerberosOid && init.MechToken is not null;
        }
        catch (NtlmProtocolException)
        {
            return false;
        }
    }

    private const string KerberosOid = "1.2.840.113554.1.2.2";
    private const string MicrosoftKerberosOid = "1.2.840.48018.1.2.2";
    private static readonly byte[] KerberosOidDer = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x12, 0x01, 0x02, 0x02];
}
