using System.Net.Http.Headers;
using System.Security.Authentication.ExtendedProtection;
using System.Text;

namespace CertAutoenroll.WinRm.Auth;

/// <summary>Basic: the user name and password on every request (local accounts only on Windows); never sealed.</summary>
internal sealed class BasicAuthenticator(string userName, string password) : IWinRmAuthenticator
{
    public string Name => "basic";

    public AuthenticationHeaderValue RequestHeader { get; } =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));

    AuthenticationHeaderValue? IWinRmAuthenticator.RequestHeader => RequestHeader;

    public bool UsesChannelBinding => false;

    public IConnectionSecurityContext? CreateContext(ChannelBinding? binding) => null;

    public override string ToString() => $"basic {userName}";
}
