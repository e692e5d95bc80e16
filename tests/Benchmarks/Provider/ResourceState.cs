using Benchmarks.Workload;
using Google.Protobuf.WellKnownTypes;

namespace Benchmarks.Provider;

/// <summary>What the engine keeps in its state file for one resource between commands.</summary>
internal sealed class ResourceState(PlannedResource resource)
{
    public PlannedResource Resource { get; } = resource;

    public string Id { get; set; } = string.Empty;

    public Struct Inputs { get; set; } = new();

    public Struct Outputs { get; set; } = new();
}
