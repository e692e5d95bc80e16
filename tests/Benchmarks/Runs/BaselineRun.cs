using Benchmarks.Baseline;
using Benchmarks.Measurement;
using Benchmarks.Workload;
using CertAutoenroll.GroupPolicy.Operations;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging;

namespace Benchmarks.Runs;

/// <summary>The baseline: the same operations, each in a fresh shell with a fresh PowerShell.</summary>
internal sealed class BaselineRun(LabDomainControllerProcess lab, ILoggerFactory loggerFactory, int parallel)
{
    private delegate Task ResourceOperation(BaselineDriver driver, PlannedResource resource, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<PhaseResult>> RunAsync(ResourcePlan plan, CancellationToken cancellationToken)
    {
        var session = new OneShotPowerShellSession(LabConnection.Options(lab), loggerFactory);
        await using (session.ConfigureAwait(false))
        {
            var driver = new BaselineDriver(new AutoenrollmentPolicyClient(session));
            return
            [
                await PhaseAsync("up", plan, driver, (d, r, t) => d.UpAsync(r, t), cancellationToken).ConfigureAwait(false),
                await PhaseAsync("refresh", plan, driver, (d, r, t) => d.RefreshAsync(r, t), cancellationToken).ConfigureAwait(false),
                await PhaseAsync("update", plan, driver, (d, r, t) => d.UpdateAsync(r, t), cancellationToken).ConfigureAwait(false),
                await PhaseAsync("destroy", plan, driver, (d, r, t) => d.DestroyAsync(r, t), cancellationToken).ConfigureAwait(false),
            ];
        }
    }

    private async Task<PhaseResult> PhaseAsync(string phase, ResourcePlan plan, BaselineDriver driver, ResourceOperation operation, CancellationToken cancellationToken)
    {
        var window = await CounterWindow.OpenAsync(lab, cancellationToken).ConfigureAwait(false);
        await window.TimeAsync(() => Concurrency.ForEachAsync(plan.Resources, parallel, (r, t) => operation(driver, r, t), cancellationToken)).ConfigureAwait(false);
        return await window.CloseAsync(phase, plan.Resources.Count, cancellationToken).ConfigureAwait(false);
    }
}
