using System.Globalization;
using CertAutoenroll.ProviderTestSupport;
using Benchmarks.Workload;
using LabDomainController.Launcher;
using Reliability.Cli;
using Reliability.Report;
using Reliability.Workload;

namespace Reliability.Runs;

/// <summary>
/// The suite: a lab DC, N/2 GPOs with an unrelated value in each, then the chosen run (phases under faults, a wrong
/// password, or a soak), its table and a PASS/MISS line per target. Exit 0 when every target is met, else 1.
/// </summary>
internal static class ReliabilityRunner
{
    /// <summary>At or below this many requests per fault the budget is exceeded on purpose: failures are expected, clear ones.</summary>
    public const int OverBudgetFaultEvery = 2;

    public static async Task<int> RunAsync(ReliabilityOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var engine = await FakeEngine.StartAsync(cancellationToken).ConfigureAwait(false);
        await using (engine.ConfigureAwait(false))
        {
            var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), cancellationToken).ConfigureAwait(false);
            await using (lab.ConfigureAwait(false))
            {
                var plan = ResourcePlan.Create("rel", options.Resources);
                await GpoWithMarkerSetup.CreateAsync(lab, plan.GpoNames, cancellationToken).ConfigureAwait(false);
                var resources = plan.Resources.Select(r => new TrackedResource(r)).ToList();
                var kinds = options.FaultKinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var settings = new PhaseSettings(
                    options.WrongPassword ? "Wrong-" + Guid.NewGuid().ToString("N")[..12] : lab.Password,
                    options.MaxRetries, options.OperationTimeoutSeconds, options.Parallel, options.FaultEvery, kinds, options.Seed, options.DeadlineSeconds);
                await output.WriteLineAsync($"Reliability run: {options}").ConfigureAwait(false);
                var verdicts = options.SoakMinutes > 0
                    ? await new SoakRunner(lab, engine, settings).RunAsync(resources, TimeSpan.FromMinutes(options.SoakMinutes), output, cancellationToken).ConfigureAwait(false)
                    : await PhasesAsync(options, lab, engine, settings, resources, output, cancellationToken).ConfigureAwait(false);
                foreach (var (target, pass) in verdicts)
                {
                    await output.WriteLineAsync($"- {(pass ? "PASS" : "MISS")}: {target}").ConfigureAwait(false);
                }

                return verdicts.All(v => v.Pass) ? 0 : 1;
            }
        }
    }

    private static async Task<IReadOnlyList<(string Target, bool Pass)>> PhasesAsync(
        ReliabilityOptions options, LabDomainControllerProcess lab, FakeEngine engine, PhaseSettings settings, IReadOnlyList<TrackedResource> resources,
        TextWriter output, CancellationToken cancellationToken)
    {
        var runner = new PhaseRunner(lab, engine, settings);
        var phases = options.WrongPassword ? new[] { "up" } : ["up", "update", "refresh", "destroy"];
        var rows = new List<PhaseRow>();
        foreach (var phase in phases)
        {
            rows.Add(await runner.RunAsync(phase, resources, cancellationToken).ConfigureAwait(false));
        }

        var pwshLeft = Checks.ProcessProbe.LabPowerShellProcesses(lab.DataDirectory);
        await output.WriteLineAsync(ReliabilityTable.Render(
            string.Create(CultureInfo.InvariantCulture, $"{options.Resources} policies on {(options.Resources + 1) / 2} GPOs, fault every {options.FaultEvery} requests ({options.FaultKinds}), maxRetries {options.MaxRetries}; PowerShell processes left on the lab: {pwshLeft}"),
            rows)).ConfigureAwait(false);
        var verdicts = new List<(string, bool)>
        {
            ("0 values lost or wrong (each GPO as before or as declared)", rows.Sum(r => r.LostOrWrong) == 0),
            ("unrelated values intact", rows.Sum(r => r.UnrelatedChanged) == 0),
            ("no password in any output (errors, provider log, engine log)", !rows.Any(r => r.PasswordSeen)),
        };
        if (options.WrongPassword)
        {
            var up = rows[0];
            verdicts.Add(($"wrong password with {up.Operations} resources: exactly 1 failed logon (got {up.FailedLogons})", up.FailedLogons == 1));
            verdicts.Add(($"every operation failed with the same message after its resource's name ({up.DistinctCauses} distinct)", up.Failed == up.Operations && up.DistinctCauses == 1));
            return verdicts;
        }

        verdicts.Add(("0 shells left open after each provider exits", rows.All(r => r.ShellsOpenAfterExit == 0)));
        if (options.DeadlineSeconds > 0)
        {
            verdicts.Add((string.Create(CultureInfo.InvariantCulture,
                $"every operation ended within its deadline ({options.DeadlineSeconds} s + {PhaseSettings.DeadlineGrace.TotalSeconds:0} s for the answer; {rows.Sum(r => r.OverDeadline)} over)"),
                rows.All(r => r.OverDeadline == 0)));
        }

        verdicts.Add(("0 PowerShell processes left on the lab", pwshLeft == 0));
        verdicts.Add(("0 failed logons", rows.Sum(r => r.FailedLogons) == 0));
        if (options.FaultEvery > OverBudgetFaultEvery || options.FaultEvery == 0)
        {
            verdicts.Add(("100 % of operations succeed", rows.All(r => r.Failed == 0)));
        }
        else
        {
            var limit = (options.MaxRetries + 1) * (options.OperationTimeoutSeconds + 10) * 4.0;
            verdicts.Add(("every failed operation ends with the clear error", rows.All(r => r.ClearErrors == r.Failed)));
            verdicts.Add((string.Create(CultureInfo.InvariantCulture, $"no hang: every operation ended within {limit:F0} s (attempts × request timeout × 4)"),
                rows.All(r => r.MaxOperationSeconds < limit)));
        }

        return verdicts;
    }
}
