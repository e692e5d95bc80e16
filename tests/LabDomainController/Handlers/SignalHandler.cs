using System.Xml.Linq;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>shell/Signal: terminate, ctrl_c and ctrl_break (any case), also after the command is Done.</summary>
internal sealed class SignalHandler(ShellRegistry shells) : IWsManHandler
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Signal;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var shell = shells.Get(request.ShellId);
        var signal = request.Body.Element(Rsp + "Signal")
            ?? throw WsManFaultException.InvalidRequest("The Signal request has no rsp:Signal.");
        var commandId = (string?)signal.Attribute("CommandId") ?? string.Empty;
        var code = signal.Element(Rsp + "Code")?.Value.Trim() ?? string.Empty;
        var name = code[(code.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (name is not ("terminate" or "ctrl_c" or "ctrl_break"))
        {
            throw WsManFaultException.InvalidRequest($"Signal code '{code}' is not terminate, ctrl_c or ctrl_break.");
        }

        var command = shell.Find(commandId);
        if (command is not null)
        {
            command.Terminate();
            if (name == "terminate")
            {
                await shell.RemoveAsync(commandId).ConfigureAwait(false);
            }
        }

        return WsManResponseWriter.Envelope(WsManActions.SignalResponse, request.MessageId, new XElement(Rsp + "SignalResponse"));
    }
}
