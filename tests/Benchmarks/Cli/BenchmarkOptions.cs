using System.Globalization;

namespace Benchmarks.Cli;

/// <summary>The command line of the benchmark program.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Benchmarks -- [options]
          --resources 1,10,50        resource counts, one table each (default 1,10,50)
          --latency-ms N             lab DC latency added to every HTTP request (default 10)
          --powershell-start-ms N    lab DC delay added to every remote PowerShell start (default 400)
          --parallel N               concurrent resource operations sent to the provider (default 0 = unbounded, as pulumi)
          --baseline-parallel N      concurrent one-shot operations in the baseline (default 10, as terraform)
          --provider PATH            the provider to run (default: the built dll via dotnet), e.g. the released binary
          --startup-runs N           process starts per side for the start-up ratio (default 5)
          --repeat N                 run each count N times, ours and the baseline in turns first (default 1); at N = 1
                                     the one-policy up verdict is then the median of the runs' ratios
          --trace FILE               write a timeline (our events + provider stderr with --logtostderr) to FILE
          --no-baseline              skip the baseline (no ratios, no wall-time target)
          --smoke                    functional check for CI: exit 0 unless something fails; no timing verdict
        """;

    public IReadOnlyList<int> ResourceCounts { get; init; } = [1, 10, 50];

    public int LatencyMs { get; init; } = 10;

    public int PowerShellStartMs { get; init; } = 400;

    public int Parallel { get; init; }

    public int BaselineParallel { get; init; } = 10;

    public int StartupRuns { get; init; } = 5;

    public int Repeat { get; init; } = 1;

    public string? ProviderPath { get; init; }

    public bool RunBaseline { get; init; } = true;

    public bool Smoke { get; init; }

    public string? TraceFile { get; init; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--resources" => options with { ResourceCounts = ParseCounts(name, Value()) },
                "--latency-ms" => options with { LatencyMs = Number(name, Value(), 0, 60_000) },
                "--powershell-start-ms" => options with { PowerShellStartMs = Number(name, Value(), 0, 60_000) },
                "--parallel" => options with { Parallel = Number(name, Value(), 0, 10_000) },
                "--baseline-parallel" => options with { BaselineParallel = Number(name, Value(), 1, 30) },
                "--provider" => options with { ProviderPath = Path.GetFullPath(Value()) },
                "--startup-runs" => options with { StartupRuns = Number(name, Value(), 1, 100) },
                "--repeat" => options with { Repeat = Number(name, Value(), 1, 25) },
                "--no-baseline" => options with { RunBaseline = false },
                "--smoke" => options with { Smoke = true },
                "--trace" => options with { TraceFile = Value() },
                _ => throw new ArgumentException($"Unknown option '{name}'.\n{Usage}"),
            };
        }

        return options;
    }

    private static int[] ParseCounts(string name, string text)
    {
        var counts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => Number(name, part, 1, 1000))
            .ToArray();
        return counts.Length > 0 ? counts : throw new ArgumentException($"{name} needs at least one count, e.g. 1,10,50.");
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}; got '{text}'.");
}
