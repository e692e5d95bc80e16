using System.Diagnostics;
using System.Globalization;

namespace Benchmarks.Measurement;

/// <summary>
/// A timeline for finding where a phase's time goes (--trace FILE): our own events and every line the
/// provider logs to stderr (it runs with --logtostderr then), each stamped with ms since the benchmark began.
/// </summary>
internal sealed class TraceLog : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly StreamWriter _writer;
    private readonly Lock _lock = new();

    public TraceLog(string path)
    {
        _writer = new StreamWriter(path, append: false) { AutoFlush = true };
    }

    public void Write(string source, string? message)
    {
        if (message is null)
        {
            return;
        }

        lock (_lock)
        {
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_clock.Elapsed.TotalMilliseconds,10:F1} {source}: {message}"));
        }
    }

    public void Dispose() => _writer.Dispose();
}
