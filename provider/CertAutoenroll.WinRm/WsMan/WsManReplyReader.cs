using System.Globalization;
using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>Reads the shell replies by qualified name.</summary>
internal static class WsManReplyReader
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public static string ReadShellId(XElement body)
    {
        var selector = body.Element(WsManNamespaces.Transfer + "ResourceCreated")
            ?.Element(WsManNamespaces.Addressing + "ReferenceParameters")
            ?.Element(WsManNamespaces.WsMan + "SelectorSet")
            ?.Elements(WsManNamespaces.WsMan + "Selector")
            .FirstOrDefault(e => (string?)e.Attribute("Name") == "ShellId");
        var shellId = selector?.Value.Trim() ?? body.Element(Rsp + "Shell")?.Element(Rsp + "ShellId")?.Value.Trim();
        return string.IsNullOrEmpty(shellId)
            ? throw new WinRmProtocolException("The CreateResponse carries no ShellId selector; the listener did not create a shell.")
            : shellId;
    }

    public static string ReadCommandId(XElement body)
    {
        var commandId = body.Element(Rsp + "CommandResponse")?.Element(Rsp + "CommandId")?.Value.Trim();
        return string.IsNullOrEmpty(commandId)
            ? throw new WinRmProtocolException("The CommandResponse carries no CommandId; the command was not started.")
            : commandId;
    }

    public static ReceiveOutput ReadReceive(XElement body, string commandId)
    {
        var response = body.Element(Rsp + "ReceiveResponse")
            ?? throw new WinRmProtocolException("The reply to Receive has no rsp:ReceiveResponse.");
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        foreach (var stream in response.Elements(Rsp + "Stream"))
        {
            var id = (string?)stream.Attribute("CommandId");
            if (id is not null && !string.Equals(id, commandId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = (string?)stream.Attribute("Name") == "stderr" ? stderr : stdout;
            var text = stream.Value.Trim();
            if (text.Length > 0)
            {
                target.Write(DecodeBase64(text));
            }
        }

        var state = response.Element(Rsp + "CommandState");
        var done = string.Equals((string?)state?.Attribute("State"), WsManActions.CommandStateDone, StringComparison.OrdinalIgnoreCase);
        int? exitCode = null;
        if (state?.Element(Rsp + "ExitCode")?.Value is { } exitText
            && long.TryParse(exitText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            exitCode = unchecked((int)parsed);
        }

        return new ReceiveOutput(stdout.ToArray(), stderr.ToArray(), done, exitCode);
    }

    private static byte[] DecodeBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException exception)
        {
            throw new WinRmProtocolException("A Receive stream is not valid base64.", exception);
        }
    }
}
