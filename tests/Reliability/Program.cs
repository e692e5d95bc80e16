using Benchmarks.Measurement;
using Reliability.Cli;
using Reliability.Runs;

ReliabilityOptions options;
try
{
    options = ReliabilityOptions.Parse(args);
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
    return await ReliabilityRunner.RunAsync(options, Console.Out, cancellation.Token);
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
    // A run that broke off proves nothing either way, so every exception is reported the same way.
    Console.Error.WriteLine($"FAILED: {ex}");
    return 1;
}
