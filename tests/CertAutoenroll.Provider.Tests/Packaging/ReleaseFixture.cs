using System.Diagnostics;
using System.Reflection;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>
/// Runs the release command once for the test class: <c>bash build/release.sh</c>, for the platforms in
/// RELEASE_PLATFORMS (CI: linux-amd64, as cross-platform self-contained publishes are slow; a full release
/// builds all five and every archive present is checked).
/// </summary>
public sealed class ReleaseFixture : IAsyncLifetime
{
    public const string DefaultPlatforms = "linux-amd64";
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromMinutes(40);

    public static string Root =>
        typeof(ReleaseFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public string ReleaseDirectory => Path.Combine(Root, "artifacts", "release");

    public IReadOnlyList<string> Platforms { get; } =
        (Environment.GetEnvironmentVariable("RELEASE_PLATFORMS") is { Length: > 0 } list ? list : DefaultPlatforms)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Output { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var startInfo = new ProcessStartInfo("bash", [Path.Combine(Root, "build", "release.sh")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        startInfo.Environment["RELEASE_PLATFORMS"] = string.Join(' ', Platforms);
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        await process.WaitForExitAsync(timeout.Token);
        Output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/release.sh failed ({process.ExitCode}):\n{Output}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
