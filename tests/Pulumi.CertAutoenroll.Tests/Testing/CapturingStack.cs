using System.Collections.Concurrent;

namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>
/// A stack whose transformation sees every resource's args and options exactly as the SDK hands
/// them to the engine (the mocks only see values with their secret flag already stripped).
/// </summary>
internal sealed class CapturingStack : Stack
{
    public CapturingStack(ConcurrentQueue<ResourceTransformationArgs> transformations, Action createResources)
        : base(new StackOptions { ResourceTransformations = { args => Capture(transformations, args) } })
    {
        createResources();
    }

    private static ResourceTransformationResult? Capture(
        ConcurrentQueue<ResourceTransformationArgs> transformations, ResourceTransformationArgs args)
    {
        transformations.Enqueue(args);
        return null;
    }
}
