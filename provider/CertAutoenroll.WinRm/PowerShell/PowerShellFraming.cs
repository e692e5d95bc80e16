using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// The line protocol between <see cref="PersistentPowerShellSession"/> and <see cref="PowerShellBootstrap.SessionLoop"/>.
/// Every line the client writes starts with a line break, so it never continues a line an earlier Send left cut short
/// on the way, and ends with <see cref="EndOfLine"/>, so the loop can tell a cut line (which it answers with "not
/// received") from a whole one.
/// </summary>
internal static class PowerShellFraming
{
    /// <summary>The last field of every request and replay line.</summary>
    public const string EndOfLine = ".";

    public static byte[] EncodeRequest(string id, string script, string argument) =>
        Encoding.ASCII.GetBytes($"\n{id} {Base64(script)} {Base64(argument)} {EndOfLine}\n");

    /// <summary>Asks the session loop to write the kept replies of <paramref name="ids"/> again (or say it never got them).</summary>
    public static byte[] EncodeReplayRequest(IEnumerable<string> ids) =>
        Encoding.ASCII.GetBytes($"\n? {string.Join(',', ids)} {EndOfLine}\n");

    /// <summary>
    /// Reads a reply line; null when the line is not one (stray host output). A null result means the session loop
    /// never received that request (the answer to a replay request).
    /// </summary>
    public static (string Id, PowerShellResult? Result)? TryParseReply(string line)
    {
        if (!line.StartsWith(PowerShellBootstrap.ReplyMarker + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line.Split(' ');
        if (parts.Length == 5 && parts[2] == "?")
        {
            return (parts[1], null);
        }

        if (parts.Length != 5 || parts[2] is not ("0" or "1"))
        {
            throw new WinRmProtocolException("The remote PowerShell session wrote a malformed reply line.");
        }

        try
        {
            var output = Encoding.UTF8.GetString(Convert.FromBase64String(parts[3])).TrimEnd('\r', '\n');
            var errors = Encoding.UTF8.GetString(Convert.FromBase64String(parts[4])).TrimEnd('\r', '\n');
            return (parts[1], new PowerShellResult(output, errors, parts[2] == "1"));
        }
        catch (FormatException exception)
        {
            throw new WinRmProtocolException("The remote PowerShell session wrote a reply that is not base64.", exception);
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
