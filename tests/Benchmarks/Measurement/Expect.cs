namespace Benchmarks.Measurement;

/// <summary>A functional check failed: the benchmark's numbers would mean nothing.</summary>
internal sealed class BenchmarkFailureException(string message) : Exception(message);

internal static class Expect
{
    public static void That(bool condition, string failure)
    {
        if (!condition)
        {
            throw new BenchmarkFailureException(failure);
        }
    }
}
