using System.Xml.Linq;
using CertAutoenroll.WinRm.Transport;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>Replays canned replies in order and records every envelope it was given.</summary>
internal sealed class FakeWsManTransport : IWsManTransport
{
    private readonly Queue<Func<XDocument, string>> _replies = new();

    public List<XDocument> Requests { get; } = [];

    public FakeWsManTransport Reply(string fixtureName) => Reply(_ => WsManFixtures.Read(fixtureName));

    public FakeWsManTransport Reply(Func<XDocument, string> reply)
    {
        _replies.Enqueue(reply);
        return this;
    }

    public FakeWsManTransport Throw(Exception exception) => Reply(_ => throw exception);

    public IEnumerable<string> Actions =>
        Requests.Select(r => r.Descendants(XName.Get("Action", "http://schemas.xmlsoap.org/ws/2004/08/addressing")).Single().Value);

    public Task<string> SendAsync(string envelope, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = XDocument.Parse(envelope);
        Requests.Add(document);
        if (_replies.Count == 0)
        {
            throw new InvalidOperationException("The fake transport has no reply left for " + envelope[..Math.Min(300, envelope.Length)]);
        }

        return Task.FromResult(_replies.Dequeue()(document));
    }

    public void Dispose()
    {
    }
}
