using System.Security.Authentication.ExtendedProtection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>
/// Starts a Kerberos context; when it cannot produce its first token (no ticket for the SPN, unknown realm),
/// continues with NTLM instead. Nothing has gone on the wire before the choice is made.
/// </summary>
internal sealed class KerberosFirstContext(NegotiateContextSettings kerberos, NegotiateContextSettings? ntlm, ChannelBinding? binding)
    : IConnectionSecurityContext
{
    private NegotiateSecurityContext? _current;

    public string HeaderScheme => kerberos.HeaderScheme;

    public string Package => _current?.Package ?? "Negotiate";

    public bool IsCompleted => _current?.IsCompleted ?? false;

    public IMessageSealer? Sealer => _current?.Sealer;

    public string? Step(string? incomingToken)
    {
        if (_current is not null)
        {
            return _current.Step(incomingToken);
        }

        var first = new NegotiateSecurityContext(kerberos, binding);
        try
        {
            var token = first.Step(null);
            _current = first;
            return token;
        }
        catch (WinRmAuthenticationException) when (ntlm is not null)
        {
            first.Dispose();
            _current = new NegotiateSecurityContext(ntlm, binding);
            return _current.Step(null);
        }
        catch
        {
            first.Dispose();
            throw;
        }
    }

    public void Dispose() => _current?.Dispose();
}
