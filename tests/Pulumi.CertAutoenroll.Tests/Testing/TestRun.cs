using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>What one test deployment produced.</summary>
internal sealed record TestRun<T>(
    T Created,
    ImmutableArray<Resource> Resources,
    RecordingMocks Mocks,
    IReadOnlyList<ResourceTransformationArgs> Transformations)
{
    public MockResourceArgs Single(string type) => Assert.Single(Mocks.OfType(type));

    public TArgs ArgsOf<TArgs>(string type)
        where TArgs : ResourceArgs =>
        Assert.IsType<TArgs>(Assert.Single(Transformations, t => t.Resource.GetResourceType() == type).Args);

    public MockResourceArgs Named(string type, string name) => Assert.Single(Mocks.OfType(type), r => r.Name == name);

    public ResourceOptions OptionsOf(Resource resource) =>
        Assert.Single(Transformations, t => ReferenceEquals(t.Resource, resource)).Options;

    public ResourceArgs? ArgsOf(Resource resource) =>
        Assert.Single(Transformations, t => ReferenceEquals(t.Resource, resource)).Args;

    public ResourceOptions OptionsOf(string type) =>
        Assert.Single(Transformations, t => t.Resource.GetResourceType() == type).Options;
}
