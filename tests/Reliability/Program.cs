using Benchmarks.Measurement;
using Reliability.Cli;
using Reliability.Runs;

return await ConsoleRun.RunAsync(args, ReliabilityOptions.Parse, ReliabilityRunner.RunAsync);
