using Benchmarks.Measurement;
using Benchmarks.Provider;
using Benchmarks.Workload;
using CertAutoenroll.ProviderTestSupport;
using Grpc.Core;
using LabDomainController.Launcher;

namespace Benchmarks.Runs;

/// <summary>
/// Ours: the real provider process through up, refresh, update and destroy. Each phase is one Pulumi
/// command, so each starts its own provider process, as the engine does; the phase's wall time covers
/// the resource RPCs, its counters everything the process caused on the DC (closing its shells included).
/// </summary>
internal sealed class ProviderRun(LabDomainControllerProcess lab, FakeEngine engine, int parallel, TraceLog? trace)
{
    private delegate Task ResourceOperation(ProviderDriver driver, ResourceState state, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<PhaseResult>> RunAsync(ResourcePlan plan, CancellationToken cancellationToken)
    {
        var states = plan.Resources.Select(r => new ResourceState(r)).ToArray();
        var phases = new List<PhaseResult>
        {
            await PhaseAsync("up", states, (d, s, t) => d.UpAsync(s, t), cancellationToken).ConfigureAwait(false),
            await PhaseAsync("refresh", states, (d, s, t) => d.RefreshAsync(s, t), cancellationToken).ConfigureAwait(false),
            await PhaseAsync("update", states, (d, s, t) => d.UpdateAsync(s, t), cancellationToken).ConfigureAwait(false),
            await PhaseAsync("destroy", states, (d, s, t) => d.DestroyAsync(s, t), cancellationToken).ConfigureAwait(false),
        };

        // Not measured: a refresh after destroy must find every policy gone.
        await PhaseAsync("verify", states, (d, s, t) => d.ExpectGoneAsync(s, t), cancellationToken).ConfigureAwait(false);
        return phases;
    }

    private async Task TracedAsync(string phase, ProviderDriver driver, ResourceState state, ResourceOperation operation, CancellationToken cancellationToken)
    {
        trace?.Write("bench", $"{phase} {state.Resource.Name}: begin");
        await operation(driver, state, cancellationToken).ConfigureAwait(false);
        trace?.Write("bench", $"{phase} {state.Resource.Name}: end");
    }

    private async Task<PhaseResult> PhaseAsync(string phase, IReadOnlyList<ResourceState> states, ResourceOperation operation, CancellationToken cancellationToken)
    {
        trace?.Write("bench", $"{phase}: starting the provider");
        var beforeOperations = System.Diagnostics.Stopwatch.StartNew();
        var provider = await ProviderProcess.StartAsync(engine.Address, trace, cancellationToken).ConfigureAwait(false);
        var disposed = false;
        try
        {
            var driver = new ProviderDriver(provider.Client);
            await driver.ConfigureAsync(lab, cancellationToken).ConfigureAwait(false);
            beforeOperations.Stop();
            var window = await CounterWindow.OpenAsync(lab, cancellationToken).ConfigureAwait(false);
            trace?.Write("bench", $"{phase}: configured, {states.Count} operations start");
            await window.TimeAsync(() => Concurrency.ForEachAsync(states, parallel, (s, t) => TracedAsync(phase, driver, s, operation, t), cancellationToken)).ConfigureAwait(false);
            trace?.Write("bench", $"{phase}: operations done, stopping the provider");
            disposed = true;
            await provider.DisposeAsync().ConfigureAwait(false);
            return await window.CloseAsync(phase, states.Count, cancellationToken, beforeOperations.Elapsed).ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            throw new BenchmarkFailureException(
                $"The provider failed during {phase}: {ex.StatusCode} {ex.Status.Detail}\nProvider stderr (tail):\n{provider.StderrTail}");
        }
        finally
        {
            if (!disposed)
            {
                await provider.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
