using System.Collections.Concurrent;
using Pulumirpc;

namespace Benchmarks.Engine;

/// <summary>Every Engine.Log message the provider sent, kept to count them and to look for leaked secrets.</summary>
internal sealed class EngineLogSink
{
    private readonly ConcurrentQueue<LogRequest> _messages = new();

    public int Count => _messages.Count;

    public void Add(LogRequest request) => _messages.Enqueue(request);

    public IReadOnlyList<LogRequest> Snapshot() => [.. _messages];

    public bool Contains(string text) => _messages.Any(m => m.Message.Contains(text, StringComparison.Ordinal));
}
