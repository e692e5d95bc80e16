using System.Globalization;
using Benchmarks.Measurement;
using CertAutoenroll.WinRm.PowerShell;

namespace Benchmarks.Report;

/// <summary>The targets (set for N = 50, 10 ms latency, 400 ms PowerShell start), each PASS or MISS.</summary>
internal static class TargetVerdicts
{
    public const int TargetResources = 50;
    private const double MaxHttpPerOperation = 3.0;
    private const double MinSpeedup = 10.0;

    /// <summary>Provider process start to port line against <c>dotnet hello.dll</c> started the same way.</summary>
    public const double MaxStartupRatio = 1.5;

    /// <returns>Each target, whether it passed, and whether it binds at every N (else only at N ≥ 50).</returns>
    public static IReadOnlyList<(string Target, bool Pass, bool BindingAtAnyCount)> Evaluate(RunSettings settings, IReadOnlyList<PhaseResult> ours, IReadOnlyList<PhaseResult>? baseline)
    {
        var total = PhaseResult.Total(ours);
        var maxStarts = ours.Max(p => p.PowerShellStarts);
        var verdicts = new List<(string, bool, bool)>
        {
            (Invariant($"remote PowerShell starts per provider process ≤ pool size {WinRmPowerShellPool.DefaultMaxSessions}: max {maxStarts} (total {total.PowerShellStarts} over {ours.Count} phases, {total.Operations} resource operations)"),
                maxStarts <= WinRmPowerShellPool.DefaultMaxSessions, false),
            (Invariant($"HTTP round trips per resource operation ≤ {MaxHttpPerOperation:F0}: {total.HttpPerOperation:F2} ({total.HttpRequests} / {total.Operations})"),
                total.HttpPerOperation <= MaxHttpPerOperation, false),
        };
        if (baseline is not null)
        {
            var baseTotal = PhaseResult.Total(baseline);
            var speedup = total.Wall.TotalMilliseconds <= 0 ? double.PositiveInfinity : baseTotal.Wall.TotalMilliseconds / total.Wall.TotalMilliseconds;
            verdicts.Add((Invariant($"wall time ≥ {MinSpeedup:F0}× below the baseline: {speedup:F1}× ({total.Wall.TotalMilliseconds:F0} ms vs {baseTotal.Wall.TotalMilliseconds:F0} ms)"),
                speedup >= MinSpeedup, false));
            if (settings.Resources == 1)
            {
                // pulumi up of one policy: a fresh provider (process start, handshake), Configure, one Create,
                // against one process doing one operation.
                var (up, baseUp) = OnePolicyUp(ours, baseline);
                verdicts.Add((Invariant($"one-policy up (fresh provider, Configure, one Create) no slower than the baseline: {up:F0} ms vs {baseUp:F0} ms = {up / baseUp:F2}×"),
                    up <= baseUp, true));
            }
        }

        return verdicts;
    }

    /// <summary>The up phase's command (ms) of each side: at N = 1, what the one-policy up target compares.</summary>
    public static (double Ours, double Baseline) OnePolicyUp(IReadOnlyList<PhaseResult> ours, IReadOnlyList<PhaseResult> baseline) =>
        (ours.First(p => p.Phase == "up").Command.TotalMilliseconds, baseline.First(p => p.Phase == "up").Command.TotalMilliseconds);

    /// <summary>The one-policy up target over repeated runs: the median of the runs' ratios, each run's figures listed.</summary>
    public static (string Line, bool Pass) OnePolicyUpMedian(IReadOnlyList<(double Ours, double Baseline)> runs)
    {
        var ratios = runs.Select(r => r.Ours / r.Baseline).Order().ToArray();
        var median = ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[(ratios.Length / 2) - 1] + ratios[ratios.Length / 2]) / 2;
        var each = string.Join(", ", runs.Select(r => Invariant($"{r.Ours:F0}/{r.Baseline:F0}")));
        return (Invariant($"one-policy up (fresh provider, Configure, one Create) no slower than the baseline, median of {runs.Count} runs: {median:F2}× (ours/baseline ms: {each})"),
            median <= 1.0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
