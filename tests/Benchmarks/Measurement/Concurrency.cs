namespace Benchmarks.Measurement;

/// <summary>Runs one operation per item with bounded parallelism, as the engine's step executor does.</summary>
internal static class Concurrency
{
    public static Task ForEachAsync<T>(IReadOnlyList<T> items, int parallel, Func<T, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = parallel <= 0 ? Math.Max(1, items.Count) : parallel,
            CancellationToken = cancellationToken,
        };
        return Parallel.ForEachAsync(items, options, async (item, token) => await operation(item, token).ConfigureAwait(false));
    }
}
