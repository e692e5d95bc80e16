using System.Xml.Linq;
using LabDomainController.WsMan;

namespace LabDomainController.Handlers;

/// <summary>One WS-Management action of the cmd shell resource.</summary>
internal interface IWsManHandler
{
    string Action { get; }

    Task<XDocument> HandleAsync(WsManRequest request, string endpoint, CancellationToken cancellationToken);
}
