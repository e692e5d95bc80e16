using System.Globalization;
using System.Xml.Linq;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>The WinRS operations ([MS-WSMV] 3.1.4.5–3.1.4.13) as one-line wrappers over <see cref="WsManClient.InvokeAsync"/>.</summary>
internal static class WsManShellOperations
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public static async Task<string> CreateShellAsync(this WsManClient client, ShellSettings settings, CancellationToken cancellationToken)
    {
        var options = new OptionSet()
            .Add("WINRS_NOPROFILE", settings.NoProfile ? "TRUE" : "FALSE")
            .Add("WINRS_CODEPAGE", settings.CodePage.ToString(CultureInfo.InvariantCulture));
        var body = new XElement(
            Rsp + "Shell",
            new XElement(Rsp + "InputStreams", "stdin"),
            new XElement(Rsp + "OutputStreams", "stdout stderr"),
            new XElement(Rsp + "IdleTimeOut", WsManDuration.Format(settings.IdleTimeout)));
        var reply = await client.InvokeAsync(new WsManRequest(WsManActions.Create, null, options, body), cancellationToken).ConfigureAwait(false);
        return WsManReplyReader.ReadShellId(reply);
    }

    public static async Task<string> StartCommandAsync(
        this WsManClient client, string shellId, string command, IReadOnlyList<string> arguments, bool streamStdin, CancellationToken cancellationToken)
    {
        var options = new OptionSet()
            .Add("WINRS_CONSOLEMODE_STDIN", streamStdin ? "FALSE" : "TRUE")
            .Add("WINRS_SKIP_CMD_SHELL", "TRUE");
        var body = new XElement(
            Rsp + "CommandLine",
            new XElement(Rsp + "Command", command),
            arguments.Select(argument => new XElement(Rsp + "Arguments", argument)));
        var request = new WsManRequest(WsManActions.Command, SelectorSet.ForShell(shellId), options, body);
        var reply = await client.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        return WsManReplyReader.ReadCommandId(reply);
    }

    public static Task SendInputAsync(
        this WsManClient client, string shellId, string commandId, ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken)
    {
        var stream = new XElement(
            Rsp + "Stream",
            new XAttribute("Name", "stdin"),
            new XAttribute("CommandId", commandId),
            Convert.ToBase64String(data.Span));
        if (end)
        {
            stream.Add(new XAttribute("End", "true"));
        }

        var request = new WsManRequest(WsManActions.Send, SelectorSet.ForShell(shellId), null, new XElement(Rsp + "Send", stream));
        return client.InvokeAsync(request, cancellationToken);
    }

    /// <summary>One Receive; <see cref="ReceiveOutput.TimedOut"/> when the service answered with the OperationTimeout fault.</summary>
    public static async Task<ReceiveOutput> ReceiveOnceAsync(
        this WsManClient client, string shellId, string commandId, CancellationToken cancellationToken)
    {
        var body = new XElement(
            Rsp + "Receive",
            new XElement(Rsp + "DesiredStream", new XAttribute("CommandId", commandId), "stdout stderr"));
        var options = new OptionSet().Add("WSMAN_CMDSHELL_OPTION_KEEPALIVE", "TRUE");
        try
        {
            var reply = await client.InvokeAsync(new WsManRequest(WsManActions.Receive, SelectorSet.ForShell(shellId), options, body), cancellationToken)
                .ConfigureAwait(false);
            return WsManReplyReader.ReadReceive(reply, commandId);
        }
        catch (WsManFaultException fault) when (fault.IsOperationTimeout)
        {
            return ReceiveOutput.TimedOut;
        }
    }

    public static Task SignalAsync(this WsManClient client, string shellId, string commandId, string code, CancellationToken cancellationToken)
    {
        var body = new XElement(Rsp + "Signal", new XAttribute("CommandId", commandId), new XElement(Rsp + "Code", code));
        return client.InvokeAsync(new WsManRequest(WsManActions.Signal, SelectorSet.ForShell(shellId), null, body), cancellationToken);
    }

    public static Task DeleteShellAsync(this WsManClient client, string shellId, CancellationToken cancellationToken) =>
        client.InvokeAsync(new WsManRequest(WsManActions.Delete, SelectorSet.ForShell(shellId)), cancellationToken);
}
