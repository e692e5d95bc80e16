using System.Net;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>What one NegotiateAuthentication-based method asks of its context. ToString never shows the password.</summary>
internal sealed record NegotiateContextSettings(
    string Package, string HeaderScheme, string SealProtocol, bool SealMessages, string TargetName, NetworkCredential? Credential)
{
    public override string ToString() => $"{Package} via {HeaderScheme} for {TargetName} (seal={SealMessages})";
}
