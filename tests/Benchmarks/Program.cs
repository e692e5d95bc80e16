using Benchmarks.Cli;
using Benchmarks.Measurement;
using Benchmarks.Runs;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 64;
}

Benchmarks.Provider.RepositoryPaths.ProviderOverride = options.ProviderPath;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return await BenchmarkRunner.RunAsync(options, Console.Out, cancellation.Token);
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
    // The numbers mean nothing after any failure, so every exception is reported the same way.
    Console.Error.WriteLine($"FAILED: {ex}");
    return 1;
}
