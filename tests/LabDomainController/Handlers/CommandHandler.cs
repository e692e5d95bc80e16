using System.Xml.Linq;
using LabDomainController.Limits;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>
/// shell/Command: starts a command line in a shell; a client-chosen CommandId is honoured. A start beyond
/// MaxProcessesPerShell running processes fails as the shell's job object makes it fail.
/// </summary>
internal sealed class CommandHandler(ShellRegistry shells, CommandStarter starter, ServiceLimits limits) : IWsManHandler
{
    private static readonly XNamespace Rsp = WsManNamespaces.Shell;

    public string Action => WsManActions.Command;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        var shell = shells.Get(request.ShellId);
        var commandLine = request.Body.Element(Rsp + "CommandLine")
            ?? throw WsManFaultException.InvalidRequest("The Command request has no rsp:CommandLine.");
        var program = commandLine.Element(Rsp + "Command")?.Value.Trim() ?? string.Empty;
        if (program.Length == 0)
        {
            throw WsManFaultException.InvalidRequest("The Command request has an empty rsp:Command.");
        }

        var arguments = commandLine.Elements(Rsp + "Arguments").Select(a => a.Value);
        var line = string.Join(' ', new[] { program }.Concat(arguments));
        var commandId = ((string?)commandLine.Attribute("CommandId"))?.ToUpperInvariant()
            ?? Guid.NewGuid().ToString("D").ToUpperInvariant();
        var skipCmdShell = request.Option("WINRS_SKIP_CMD_SHELL", "FALSE").Equals("TRUE", StringComparison.OrdinalIgnoreCase);

        if (!shell.TryBeginStart(limits.MaxProcessesPerShell))
        {
            throw WsManFaultException.ProcessQuota();
        }

        IShellCommand? command = null;
        try
        {
            command = await starter.StartAsync(shell, commandId, line, skipCmdShell, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            shell.EndStart(command);
        }

        return WsManResponseWriter.Envelope(WsManActions.CommandResponse, request.MessageId,
            new XElement(Rsp + "CommandResponse", new XElement(Rsp + "CommandId", commandId)));
    }
}
