using System.Globalization;
using System.Text;
using Benchmarks.Measurement;

namespace Benchmarks.Report;

/// <summary>
/// One Markdown table per resource count: a row per phase and a total row; each cell reads
/// "ours / baseline = ratio" so a ratio below 1 means ours is cheaper.
/// </summary>
internal static class ResultTable
{
    public static string Render(RunSettings settings, IReadOnlyList<PhaseResult> ours, IReadOnlyList<PhaseResult>? baseline)
    {
        var text = new StringBuilder();
        var parallel = settings.Parallel == 0 ? "unbounded (as pulumi)" : Format(settings.Parallel);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"### N = {settings.Resources}: {settings.Resources} resources on {settings.Gpos} GPOs (User + Computer), latency {settings.LatencyMs} ms, PowerShell start {settings.PowerShellStartMs} ms");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"ours: provider process per phase, parallel {parallel}; baseline: shell + PowerShell per operation, parallel {settings.BaselineParallel}");
        text.AppendLine();
        text.AppendLine("| phase | ops | wall ms | command ms | HTTP requests | HTTP per op | PowerShell starts | shells created | ms per resource |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var rows = ours.Append(PhaseResult.Total(ours)).ToArray();
        var baseRows = baseline?.Append(PhaseResult.Total(baseline)).ToArray();
        for (var i = 0; i < rows.Length; i++)
        {
            var o = rows[i];
            var b = baseRows?[i];
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {o.Phase} | {o.Operations} | {Cell(o.Wall.TotalMilliseconds, b?.Wall.TotalMilliseconds, 0)} | {Cell(o.Command.TotalMilliseconds, b?.Command.TotalMilliseconds, 0)} | {Cell(o.HttpRequests, b?.HttpRequests, 0)} | {Cell(o.HttpPerOperation, b?.HttpPerOperation, 1)} | {Cell(o.PowerShellStarts, b?.PowerShellStarts, 0)} | {Cell(o.ShellsCreated, b?.ShellsCreated, 0)} | {Cell(o.MillisecondsPerOperation, b?.MillisecondsPerOperation, 1)} |");
        }

        return text.ToString();
    }

    private static string Cell(double ours, double? baseline, int decimals)
    {
        var oursText = ours.ToString("F" + Format(decimals), CultureInfo.InvariantCulture);
        if (baseline is not { } b)
        {
            return oursText;
        }

        var ratio = b == 0 ? "n/a" : (ours / b).ToString("F3", CultureInfo.InvariantCulture);
        return $"{oursText} / {b.ToString("F" + Format(decimals), CultureInfo.InvariantCulture)} = {ratio}";
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
