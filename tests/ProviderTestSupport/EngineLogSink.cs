using System.Collections;
using System.Collections.Concurrent;
using Pulumirpc;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>Every Engine.Log message the provider sent, kept to inspect and count them and to look for leaked secrets.</summary>
internal sealed class EngineLogSink : IReadOnlyCollection<LogRequest>
{
    private readonly ConcurrentQueue<LogRequest> _messages = new();

    public int Count => _messages.Count;

    public void Add(LogRequest request) => _messages.Enqueue(request);

    public bool Contains(string text) => _messages.Any(m => m.Message.Contains(text, StringComparison.Ordinal));

    public IEnumerator<LogRequest> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
