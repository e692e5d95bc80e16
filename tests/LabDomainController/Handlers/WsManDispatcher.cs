using System.Xml.Linq;
using LabDomainController.Limits;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>Routes a parsed request to its handler and turns every fault into a fault envelope in one place.</summary>
internal sealed class WsManDispatcher(IEnumerable<IWsManHandler> handlers, ServiceLimits limits)
{
    private readonly Dictionary<string, IWsManHandler> _handlers = handlers.ToDictionary(h => h.Action, StringComparer.Ordinal);

    /// <summary>Returns the reply and whether it is a fault (HTTP 500).</summary>
    public async Task<(XDocument Reply, bool IsFault)> DispatchAsync(byte[] body, string endpoint, CancellationToken cancellationToken) =>
        await DispatchAsync(body, endpoint, null, cancellationToken).ConfigureAwait(false);

    /// <summary>As above, for a request of <paramref name="account"/> (the connection's domain logon; null = none known).</summary>
    public async Task<(XDocument Reply, bool IsFault)> DispatchAsync(byte[] body, string endpoint, string? account, CancellationToken cancellationToken)
    {
        var relatesTo = string.Empty;
        try
        {
            var request = WsManRequest.Parse(body);
            request.Account = account;
            relatesTo = request.MessageId;
            _ = limits.ReplyEnvelopeBytes(request);
            if (request.ResourceUri is { } resource && !resource.Equals(WsManNamespaces.CmdShellResourceUri, StringComparison.OrdinalIgnoreCase))
            {
                throw new WsManFaultException("s:Sender", "w:DestinationUnreachable", 2150858770,
                    $"The WS-Management service cannot process the request. The resource URI {resource} was not found; "
                    + "this lab serves only the cmd shell resource.");
            }

            if (!_handlers.TryGetValue(request.Action, out var handler))
            {
                throw new WsManFaultException("s:Sender", "a:ActionNotSupported", 2150858771,
                    $"The action {request.Action} is not supported by the service.");
            }

            return (await handler.HandleAsync(request, endpoint, cancellationToken).ConfigureAwait(false), false);
        }
        catch (WsManFaultException fault)
        {
            return (WsManResponseWriter.Fault(fault, relatesTo), true);
        }
    }
}
