using System.Collections.Concurrent;
using Pulumi.Testing;

namespace Pulumi.CertAutoenroll.Tests.Testing;

/// <summary>Runs a program fragment under Pulumi's test deployment with <see cref="RecordingMocks"/>.</summary>
internal static class PulumiTestHost
{
    public static async Task<TestRun<T>> RunAsync<T>(Func<T> create)
        where T : class
    {
        var mocks = new RecordingMocks();
        var transformations = new ConcurrentQueue<ResourceTransformationArgs>();
        T? created = null;
        var services = new StackFactory(() => new CapturingStack(transformations, () => created = create()));

        var resources = await Deployment.TestWithServiceProviderAsync<CapturingStack>(
            mocks,
            services,
            new TestOptions { IsPreview = false, ProjectName = "tests", StackName = "unit" });

        return new TestRun<T>(
            created ?? throw new InvalidOperationException("The program fragment did not run."),
            resources,
            mocks,
            [.. transformations]);
    }

    /// <summary>Hands Pulumi a stack built around the fragment, as a DI container would.</summary>
    private sealed class StackFactory(Func<CapturingStack> create) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(CapturingStack) ? create() : null;
    }
}
