namespace Benchmarks.Measurement;

/// <summary>
/// The entry point the measurement programs share (the benchmark and the reliability suite): options parsed (64 for a
/// bad one), Ctrl+C cancels the run (130), a missed expectation or any other exception ends it with 1.
/// </summary>
internal static class ConsoleRun
{
    public static async Task<int> RunAsync<TOptions>(
        string[] args, Func<string[], TOptions> parse, Func<TOptions, TextWriter, CancellationToken, Task<int>> run)
    {
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 64;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            return await run(options, Console.Out, cancellation.Token);
        }
        catch (BenchmarkFailureException ex)
        {
            Console.Error.WriteLine($"FAILED: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine("Cancelled.");
            return 130;
        }
        catch (Exception ex)
        {
            // A run that broke off proves nothing either way (its numbers mean nothing), so every exception is reported the same way.
            Console.Error.WriteLine($"FAILED: {ex}");
            return 1;
        }
    }
}
