using Benchmarks.Cli;
using Benchmarks.Measurement;
using Benchmarks.Runs;

return await ConsoleRun.RunAsync(args, BenchmarkOptions.Parse, (options, output, cancellationToken) =>
{
    Benchmarks.Provider.RepositoryPaths.ProviderOverride = options.ProviderPath;
    return BenchmarkRunner.RunAsync(options, output, cancellationToken);
});
