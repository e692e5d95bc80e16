using Benchmarks.Measurement;
using Reliability.Cli;
using Reliability.Runs;

return await ConsoleRun.RunAsync(args, ReliabilityOptions.Parse, (options, output, cancellationToken) =>
{
    Benchmarks.Provider.RepositoryPaths.ProviderOverride = options.ProviderPath;
    return ReliabilityRunner.RunAsync(options, output, cancellationToken);
});
