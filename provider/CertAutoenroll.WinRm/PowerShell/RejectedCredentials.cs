using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Credentials a DC rejected at logon, for the life of the process: every later request with them fails at once
/// with the same message, without contacting the DC again, so a wrong password costs one failed logon however
/// many operations and pools use it. Keyed by endpoint, user and a hash of the password (never the password).
/// </summary>
internal static class RejectedCredentials
{
    private static readonly ConcurrentDictionary<string, string> Messages = new(StringComparer.Ordinal);

    public static void Remember(WinRmConnectionOptions options, WinRmAuthenticationException rejection) =>
        Messages.TryAdd(KeyOf(options), rejection.Message);

    public static void ThrowIfRejected(WinRmConnectionOptions options)
    {
        if (Messages.TryGetValue(KeyOf(options), out var message))
        {
            throw new WinRmAuthenticationException(message);
        }
    }

    private static string KeyOf(WinRmConnectionOptions options)
    {
        var secret = SHA256.HashData(Encoding.UTF8.GetBytes(options.Password ?? string.Empty));
        return $"{options.Endpoint}\n{options.Authentication}\n{options.UserName}\n{Convert.ToHexString(secret)}";
    }
}
