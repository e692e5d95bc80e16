using System.Globalization;
using System.Text;
using Reliability.Runs;

namespace Reliability.Report;

/// <summary>The per-phase table (markdown, so it can go into README.md as printed).</summary>
internal static class ReliabilityTable
{
    public static string Render(string title, IReadOnlyList<PhaseRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine();
        text.AppendLine("| phase | operations | re-runs | succeeded | failed | values lost or wrong | unrelated changed | shells open after exit | failed logons | max attempts | max op s | over deadline | faults injected | WS-Man requests |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Phase} | {row.Operations} | {row.Reruns} | {row.Succeeded} | {row.Failed} | {row.LostOrWrong} | {row.UnrelatedChanged} | {row.ShellsOpenAfterExit} | {row.FailedLogons} | {row.MaxAttempts} | {row.MaxOperationSeconds:F1} | {row.OverDeadline} | {row.FaultsInjected} | {row.HttpRequests} |"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| **total** | {rows.Sum(r => r.Operations)} | {rows.Sum(r => r.Reruns)} | {rows.Sum(r => r.Succeeded)} | {rows.Sum(r => r.Failed)} | {rows.Sum(r => r.LostOrWrong)} | {rows.Sum(r => r.UnrelatedChanged)} | {rows.Max(r => r.ShellsOpenAfterExit)} | {rows.Sum(r => r.FailedLogons)} | {rows.Max(r => r.MaxAttempts)} | {rows.Max(r => r.MaxOperationSeconds):F1} | {rows.Sum(r => r.OverDeadline)} | {rows.Sum(r => r.FaultsInjected)} | {rows.Sum(r => r.HttpRequests)} |"));
        var failed = rows.Where(r => r.Failed > 0).ToList();
        if (failed.Count > 0)
        {
            text.AppendLine();
            foreach (var row in failed)
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"- {row.Phase}: {row.ClearErrors} of {row.Failed} failures carry the clear error (GPO, scope, DC, attempts, last fault, old-or-declared). E.g.:"));
                foreach (var error in row.SampleErrors)
                {
                    text.AppendLine("  - `" + error.Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`");
                }
            }
        }

        return text.ToString();
    }
}
