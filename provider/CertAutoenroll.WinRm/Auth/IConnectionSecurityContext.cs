using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>The client side of one connection's authentication handshake, and what protects messages afterwards.</summary>
internal interface IConnectionSecurityContext : IDisposable
{
    /// <summary>The scheme of the Authorization / WWW-Authenticate headers (Negotiate, Kerberos, CredSSP…).</summary>
    string HeaderScheme { get; }

    /// <summary>The package actually in use (after Negotiate: NTLM or Kerberos).</summary>
    string Package { get; }

    bool IsCompleted { get; }

    /// <summary>The sealer for this connection's messages once complete; null when messages travel in clear (https).</summary>
    IMessageSealer? Sealer { get; }

    /// <summary>The next token to send (base64), or null when the context needs nothing more.</summary>
    string? Step(string? incomingToken);
}
