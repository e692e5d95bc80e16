using System.Diagnostics;
using System.Reflection;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>
/// Runs the release command once for the test class, <c>bash build/release.sh</c>, for the platforms in
/// RELEASE_PLATFORMS (default: all five), and unpacks the linux-amd64 archive into an empty folder.
/// </summary>
public sealed class ReleaseFixture : IAsyncLifetime
{
    public const string DefaultPlatforms = "linux-amd64 linux-arm64 darwin-amd64 darwin-arm64 windows-amd64";
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromMinutes(30);

    public static string Root =>
        typeof(ReleaseFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Version =>
        typeof(ReleaseFixture).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    public string ReleaseDirectory => Path.Combine(Root, "artifacts", "release");

    public IReadOnlyList<string> Platforms { get; } =
        (Environment.GetEnvironmentVariable("RELEASE_PLATFORMS") is { Length: > 0 } list ? list : DefaultPlatforms)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Output { get; private set; } = string.Empty;

    /// <summary>How long the release command took (the test log prints it).</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>The linux-amd64 archive unpacked into a folder of its own: the folder.</summary>
    public string UnpackedLinux { get; } = Directory.CreateTempSubdirectory("certautoenroll-release-").FullName;

    public string LinuxBinary => Path.Combine(UnpackedLinux, "pulumi-resource-certautoenroll");

    public static string ArchiveName(string platform) => $"pulumi-resource-certautoenroll-v{Version}-{platform}.tar.gz";

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
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
        Duration = stopwatch.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/release.sh failed ({process.ExitCode}):\n{Output}");
        }

        if (Platforms.Contains("linux-amd64"))
        {
            await RunAsync("tar", ["-xzf", Path.Combine(ReleaseDirectory, ArchiveName("linux-amd64")), "-C", UnpackedLinux]);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(UnpackedLinux, recursive: true);
        return Task.CompletedTask;
    }

    public static async Task<string> RunAsync(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {await stderr}");
        }

        return await stdout;
    }
}
