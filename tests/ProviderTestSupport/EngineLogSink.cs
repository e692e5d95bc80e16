using System.Collections;
using System.Collections.Concurrent;
using Pulumirpc;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>Every Engine.Log message the provider sent, kept to inspect and count them and to look for leaked secrets.</summary>
internal sealed class EngineLogSink : IReadOnlyCollection<LogRequest>
{
    private readonly ConcurrentQueue<LogRequest> _messages = new();
    private volatile Task _replies = Task.CompletedTask;

    public int Count => _messages.Count;

    /// <summary>Until <paramref name="release"/> completes, every Log call is recorded but not answered (an engine slow to answer).</summary>
    public void HoldRepliesUntil(Task release) => _replies = release;

    /// <summary>What a Log call waits for before it is answered.</summary>
    public Task Replies => _replies;

    public void Add(LogRequest request) => _messages.Enqueue(request);

    public bool Contains(string text) => _messages.Any(m => m.Message.Contains(text, StringComparison.Ordinal));

    public IEnumerator<LogRequest> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
