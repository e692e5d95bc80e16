using Benchmarks.Provider;
using Benchmarks.Workload;

namespace Reliability.Runs;

/// <summary>
/// One policy as the engine's state holds it, plus which AEPolicy values its GPO may hold now: after a success exactly
/// the declared one; after a failure the old one or the declared one (the promise: nothing else, nothing lost).
/// </summary>
internal sealed class TrackedResource(PlannedResource resource)
{
    public ResourceState State { get; } = new(resource);

    public PlannedResource Resource => State.Resource;

    public bool Exists => State.Id.Length > 0;

    public HashSet<uint?> Allowed { get; } = [null];

    public void Succeeded(uint? declared)
    {
        Allowed.Clear();
        Allowed.Add(declared);
    }

    public void Failed(uint? declared) => Allowed.Add(declared);

    /// <summary>What the disk showed; from then on that is the one value the GPO holds.</summary>
    public void Observed(uint? actual)
    {
        Allowed.Clear();
        Allowed.Add(actual);
    }
}
