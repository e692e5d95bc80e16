using System.Xml;
using System.Xml.Linq;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.WsMan;

/// <summary>
/// Speaks SOAP over an <see cref="IWsManTransport"/>: builds each envelope, checks RelatesTo, parses faults.
/// <see cref="InvokeAsync"/> is the one method that sends; the shell operations are thin wrappers in
/// <see cref="WsManShellOperations"/>.
/// </summary>
internal sealed class WsManClient(IWsManTransport transport, Uri endpoint, TimeSpan operationTimeout, Func<Guid>? newGuid = null)
{
    /// <summary>
    /// HTTP waits this much longer than OperationTimeout so the service's fault arrives first (MS-WSMV 3.2.4.1: the
    /// client timer is OperationTimeout + NetworkDelayms, 5 s by default; the Ruby WinRM client allows 10 s). Not more:
    /// a reply lost on the way is only noticed after it, and every request of the session waits that long.
    /// </summary>
    private static readonly TimeSpan NetworkAllowance = TimeSpan.FromSeconds(10);

    private readonly Func<Guid> _newGuid = newGuid ?? Guid.NewGuid;
    private readonly string _sessionId = "uuid:" + (newGuid ?? Guid.NewGuid)().ToString("D").ToUpperInvariant();

    public Uri Endpoint => endpoint;

    /// <summary>Sends one request and returns the reply's <c>s:Body</c>; a fault is thrown as <see cref="WsManFaultException"/>.</summary>
    public async Task<XElement> InvokeAsync(WsManRequest request, CancellationToken cancellationToken)
    {
        var messageId = WsManEnvelope.NewMessageId(_newGuid());
        var envelope = WsManEnvelope.Build(request, endpoint, messageId, _sessionId, operationTimeout);
        var timeout = (request.OperationTimeout ?? operationTimeout) + NetworkAllowance;
        var text = envelope.ToString(SaveOptions.DisableFormatting);
        if (System.Text.Encoding.UTF8.GetByteCount(text) is var size && size > WsManEnvelope.MaxEnvelopeSize)
        {
            // The service answers a larger request with HTTP 413; a caller must split its data (as ShellCommand.SendAsync does).
            throw new WinRmProtocolException(
                $"The {ShortAction(request.Action)} envelope is {size} bytes, over the {WsManEnvelope.MaxEnvelopeSize} the client keeps to "
                + "(MaxEnvelopeSize); it was not sent.");
        }

        var replyText = await transport.SendAsync(text, timeout, cancellationToken)
            .ConfigureAwait(false);
        var reply = Parse(replyText, request.Action);
        if (WsManFaultParser.TryParse(reply) is { } fault)
        {
            throw fault;
        }

        var relatesTo = reply.Root?.Element(WsManNamespaces.Soap + "Header")?.Element(WsManNamespaces.Addressing + "RelatesTo")?.Value.Trim();
        if (!string.Equals(relatesTo, messageId, StringComparison.OrdinalIgnoreCase))
        {
            throw new WinRmProtocolException(
                $"The reply to {ShortAction(request.Action)} relates to '{relatesTo ?? "(nothing)"}' instead of the request's MessageID {messageId}; "
                + "the listener or a proxy mixed up replies.");
        }

        return reply.Root!.Element(WsManNamespaces.Soap + "Body")
            ?? throw new WinRmProtocolException($"The reply to {ShortAction(request.Action)} has no SOAP Body.");
    }

    private static XDocument Parse(string replyText, string action)
    {
        try
        {
            var document = XDocument.Parse(replyText);
            return document.Root?.Name == WsManNamespaces.Soap + "Envelope"
                ? document
                : throw new WinRmProtocolException($"The reply to {ShortAction(action)} is not a SOAP 1.2 envelope.");
        }
        catch (XmlException exception)
        {
            throw new WinRmProtocolException($"The reply to {ShortAction(action)} is not well-formed XML: {exception.Message}", exception);
        }
    }

    internal static string ShortAction(string action) => action[(action.LastIndexOf('/') + 1)..];
}
