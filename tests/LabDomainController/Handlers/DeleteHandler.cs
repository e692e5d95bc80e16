using System.Xml.Linq;
using LabDomainController.Shells;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>transfer/Delete: closes the shell and everything running in it; the reply body is empty.</summary>
internal sealed class DeleteHandler(ShellRegistry shells) : IWsManHandler
{
    public string Action => WsManActions.Delete;

    public async Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken)
    {
        await shells.DeleteAsync(request.ShellId).ConfigureAwait(false);
        return WsManResponseWriter.Envelope(WsManActions.DeleteResponse, request.MessageId);
    }
}
