using System.Globalization;
using System.Xml.Linq;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>
/// shell/Receive: blocks until the command has output or is Done; after the request's OperationTimeout it
/// answers the OperationTimeout fault, which clients treat as "poll again".
/// </summary>
internal sealed class ReceiveHandler(ShellRegistry shells) : IWsManHandler
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Receive;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var shell = shells.Get(request.ShellId);
        var desired = request.Body.Element(Rsp + "Receive")?.Element(Rsp + "DesiredStream");
        var commandId = (string?)desired?.Attribute("CommandId") ?? string.Empty;
        var command = shell.Find(commandId) ?? throw SendHandler.UnknownCommand(commandId);

        var output = await command.Output.TakeAsync(request.OperationTimeout, cancellationToken).ConfigureAwait(false)
            ?? throw WsManFaultException.OperationTimeout();

        var response = new XElement(Rsp + "ReceiveResponse");
        AddStream(response, "stdout", command.CommandId, output.Stdout, output.IsDone);
        AddStream(response, "stderr", command.CommandId, output.Stderr, output.IsDone);
        var state = new XElement(Rsp + "CommandState",
            new XAttribute("CommandId", command.CommandId),
            new XAttribute("State", output.IsDone ? WsManActions.CommandStateDone : WsManActions.CommandStateRunning));
        if (output.ExitCode is { } exitCode)
        {
            state.Add(new XElement(Rsp + "ExitCode", exitCode.ToString(CultureInfo.InvariantCulture)));
        }

        response.Add(state);
        return WsManResponseWriter.Envelope(WsManActions.ReceiveResponse, request.MessageId, response);
    }

    private static void AddStream(XElement response, string name, string commandId, byte[] data, bool done)
    {
        if (data.Length > 0)
        {
            response.Add(new XElement(Rsp + "Stream", new XAttribute("Name", name), new XAttribute("CommandId", commandId),
                Convert.ToBase64String(data)));
        }

        if (done)
        {
            response.Add(new XElement(Rsp + "Stream", new XAttribute("Name", name), new XAttribute("CommandId", commandId),
                new XAttribute("End", "true")));
        }
    }
}
