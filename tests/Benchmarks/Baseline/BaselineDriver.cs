using Benchmarks.Measurement;
using Benchmarks.Workload;
using CertAutoenroll.GroupPolicy.Operations;

namespace Benchmarks.Baseline;

/// <summary>The same DC work as the provider's, through the same scripts and client, one shell and one PowerShell per operation.</summary>
internal sealed class BaselineDriver(AutoenrollmentPolicyClient client)
{
    public async Task UpAsync(PlannedResource resource, CancellationToken cancellationToken)
    {
        var state = await client.ApplyAsync(resource.Target, resource.Scope, PlannedResource.InitialSettings, cancellationToken).ConfigureAwait(false);
        Expect.That(state.Settings == PlannedResource.InitialSettings, $"Baseline apply on {resource.GpoName} ({resource.Scope}) read back {state.Settings}");
    }

    public async Task RefreshAsync(PlannedResource resource, CancellationToken cancellationToken)
    {
        // One read per operation, as existing tools do: ReadAsync would coalesce concurrent reads into one run.
        var state = (await client.ReadManyAsync([(resource.Target, resource.Scope)], cancellationToken).ConfigureAwait(false))[0];
        Expect.That(state.Settings == PlannedResource.InitialSettings, $"Baseline read on {resource.GpoName} ({resource.Scope}) found {state.Settings}");
    }

    public async Task UpdateAsync(PlannedResource resource, CancellationToken cancellationToken)
    {
        var state = await client.ApplyAsync(resource.Target, resource.Scope, PlannedResource.UpdatedSettings, cancellationToken).ConfigureAwait(false);
        Expect.That(state.Settings == PlannedResource.UpdatedSettings, $"Baseline update on {resource.GpoName} ({resource.Scope}) read back {state.Settings}");
    }

    public async Task DestroyAsync(PlannedResource resource, CancellationToken cancellationToken)
    {
        var state = await client.RemoveAsync(resource.Target, resource.Scope, cancellationToken).ConfigureAwait(false);
        Expect.That(state.Settings is null, $"Baseline remove on {resource.GpoName} ({resource.Scope}) left {state.Settings}");
    }
}
