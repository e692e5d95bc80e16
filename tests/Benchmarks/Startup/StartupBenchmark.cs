using Benchmarks.Provider;
using CertAutoenroll.ProviderTestSupport;

namespace Benchmarks.Startup;

/// <summary>
/// Provider start-up against a plain <c>dotnet HelloWorld.dll</c>, both started the same way and timed to
/// their first stdout line. One warm-up start each is discarded (cold disk cache), then the runs alternate.
/// </summary>
internal static class StartupBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<StartupResult> MeasureAsync(string engineAddress, int runs, CancellationToken cancellationToken)
    {
        var provider = new List<TimeSpan>();
        var hello = new List<TimeSpan>();
        for (var i = 0; i <= runs; i++)
        {
            var providerTime = await StartProviderAsync(engineAddress, cancellationToken).ConfigureAwait(false);
            var helloTime = await StartHelloWorldAsync(cancellationToken).ConfigureAwait(false);
            if (i > 0)
            {
                provider.Add(providerTime);
                hello.Add(helloTime);
            }
        }

        return new StartupResult(Median(provider), Median(hello), runs);
    }

    private static async Task<TimeSpan> StartProviderAsync(string engineAddress, CancellationToken cancellationToken)
    {
        var process = await ProviderProcess.StartAsync(engineAddress, null, cancellationToken).ConfigureAwait(false);
        await using (process.ConfigureAwait(false))
        {
            return process.Startup;
        }
    }

    private static async Task<TimeSpan> StartHelloWorldAsync(CancellationToken cancellationToken)
    {
        var (process, _, elapsed) = await PluginProcessLauncher.StartAsync(RepositoryPaths.HelloWorldDll, [], _ => { }, Timeout, cancellationToken).ConfigureAwait(false);
        using (process)
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }

        return elapsed;
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
