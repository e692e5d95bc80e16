using System.Globalization;
using System.Xml.Linq;
using LabDomainController.Limits;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>
/// shell/Receive: blocks until the command has output or is Done; after the request's OperationTimeout (cut to
/// MaxTimeoutms) it answers the OperationTimeout fault, which clients treat as "poll again". A reply carries no more
/// output than fits the client's MaxEnvelopeSize; the rest waits for the next Receive.
/// </summary>
internal sealed class ReceiveHandler(ShellRegistry shells, ServiceLimits limits) : IWsManHandler
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Receive;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var shell = shells.Get(request.ShellId);
        var desired = request.Body.Element(Rsp + "Receive")?.Element(Rsp + "DesiredStream");
        var commandId = (string?)desired?.Attribute("CommandId") ?? string.Empty;
        var command = shell.Find(commandId) ?? throw SendHandler.UnknownCommand(commandId);

        ReceivedOutput? output;
        using (shell.Busy())
        {
            output = await command.Output.TakeAsync(limits.OperationTimeout(request), limits.ReceiveOutputBytes(request), cancellationToken)
                .ConfigureAwait(false);
        }

        if (output is null)
        {
            throw WsManFaultException.OperationTimeout();
        }

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
