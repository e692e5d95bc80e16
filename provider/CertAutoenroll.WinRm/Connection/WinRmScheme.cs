namespace CertAutoenroll.WinRm.Connection;

/// <summary>The listener's URL scheme: https (TLS) or http (body sealed by NTLM/Negotiate, or Basic when explicitly allowed).</summary>
public enum WinRmScheme
{
    Https,
    Http,
}
