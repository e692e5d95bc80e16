using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Transport;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>One authenticated connection (its own transport) and the SOAP client on top of it.</summary>
internal sealed class WsManConnection : IDisposable
{
    private readonly IWsManTransport _transport;

    public WsManConnection(IWsManTransport transport, WsManClient client)
    {
        _transport = transport;
        Client = client;
    }

    public WsManClient Client { get; }

    public static WsManConnection Open(WinRmConnectionOptions options, ILogger logger, RetryPolicy? retry = null)
    {
        var transport = new HttpWsManTransport(options, logger, retry);
        return new WsManConnection(transport, new WsManClient(transport, options.Endpoint, options.OperationTimeout));
    }

    public void Dispose() => _transport.Dispose();
}
