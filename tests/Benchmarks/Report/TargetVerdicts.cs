using System.Globalization;
using Benchmarks.Measurement;

namespace Benchmarks.Report;

/// <summary>The targets (set for N = 50, 10 ms latency, 400 ms PowerShell start), each PASS or MISS.</summary>
internal static class TargetVerdicts
{
    public const int TargetResources = 50;
    private const double MaxHttpPerOperation = 3.0;
    private const double MinSpeedup = 10.0;

    public static IReadOnlyList<(string Target, bool Pass)> Evaluate(RunSettings settings, IReadOnlyList<PhaseResult> ours, IReadOnlyList<PhaseResult>? baseline)
    {
        var total = PhaseResult.Total(ours);
        var maxStarts = ours.Max(p => p.PowerShellStarts);
        var verdicts = new List<(string, bool)>
        {
            (Invariant($"remote PowerShell starts per provider process ≤ pool size {settings.PoolSize}: max {maxStarts} (total {total.PowerShellStarts} over {ours.Count} phases, {total.Operations} resource operations)"),
                maxStarts <= settings.PoolSize),
            (Invariant($"HTTP round trips per resource operation ≤ {MaxHttpPerOperation:F0}: {total.HttpPerOperation:F2} ({total.HttpRequests} / {total.Operations})"),
                total.HttpPerOperation <= MaxHttpPerOperation),
        };
        if (baseline is not null)
        {
            var baseTotal = PhaseResult.Total(baseline);
            var speedup = total.Wall.TotalMilliseconds <= 0 ? double.PositiveInfinity : baseTotal.Wall.TotalMilliseconds / total.Wall.TotalMilliseconds;
            verdicts.Add((Invariant($"wall time ≥ {MinSpeedup:F0}× below the baseline: {speedup:F1}× ({total.Wall.TotalMilliseconds:F0} ms vs {baseTotal.Wall.TotalMilliseconds:F0} ms)"),
                speedup >= MinSpeedup));
        }

        return verdicts;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
