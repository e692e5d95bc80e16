namespace Benchmarks.Startup;

/// <summary>Medians of process start to first stdout line: the provider's port line against a hello-world's line.</summary>
internal sealed record StartupResult(TimeSpan Provider, TimeSpan HelloWorld, int Runs)
{
    public double Ratio => HelloWorld.TotalMilliseconds <= 0 ? 0 : Provider.TotalMilliseconds / HelloWorld.TotalMilliseconds;
}
