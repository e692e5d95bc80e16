using System.Xml.Linq;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>shell/Send: base64 stdin for a command; End="true" closes its stdin.</summary>
internal sealed class SendHandler(ShellRegistry shells) : IWsManHandler
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Send;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var shell = shells.Get(request.ShellId);
        var streams = request.Body.Element(Rsp + "Send")?.Elements(Rsp + "Stream")
            ?? throw WsManFaultException.InvalidRequest("The Send request has no rsp:Send/rsp:Stream.");
        foreach (var stream in streams)
        {
            var commandId = (string?)stream.Attribute("CommandId") ?? string.Empty;
            var command = shell.Find(commandId) ?? throw UnknownCommand(commandId);
            byte[] data;
            try
            {
                data = Convert.FromBase64String(stream.Value.Trim());
            }
            catch (FormatException)
            {
                throw WsManFaultException.InvalidRequest("The rsp:Stream content of Send is not base64.");
            }

            var end = ((string?)stream.Attribute("End"))?.Equals("true", StringComparison.OrdinalIgnoreCase) == true;
            await command.WriteStdinAsync(data, end, cancellationToken).ConfigureAwait(false);
        }

        return WsManResponseWriter.Envelope(WsManActions.SendResponse, request.MessageId, new XElement(Rsp + "SendResponse"));
    }

    internal static WsManFaultException UnknownCommand(string commandId) => new(
        "s:Sender", "w:InvalidParameter", 2150858832,
        $"The Windows Remote Shell received a request to perform an operation on a command identifier {commandId} that does not exist. "
        + "Either the command has completed execution or the client specified an invalid command identifier.");
}
