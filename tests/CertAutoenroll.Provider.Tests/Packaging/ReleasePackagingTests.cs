using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using CertAutoenroll.ProviderTestSupport;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>The release command's artifacts, checked as a Pulumi user would meet them.</summary>
public sealed class ReleasePackagingTests(ReleaseFixture release) : IClassFixture<ReleaseFixture>
{
    private static readonly string[] AllPlatforms = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static string Version =>
        typeof(ReleasePackagingTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task Archives_EveryBuiltPlatform_HoldTheBinaryAtTheRootWithReadmeAndLicense()
    {
        var archives = Directory.GetFiles(release.ReleaseDirectory, "*.tar.gz").Select(f => Path.GetFileName(f)).Order().ToList();

        var expected = AllPlatforms.Where(release.Platforms.Contains)
            .Select(p => $"pulumi-resource-certautoenroll-v{Version}-{p}.tar.gz").Order().ToList();
        Assert.Equal(expected, archives);
        foreach (var platform in release.Platforms)
        {
            var binary = platform.StartsWith("windows-", StringComparison.Ordinal) ? "pulumi-resource-certautoenroll.exe" : "pulumi-resource-certautoenroll";
            var entries = await ListAsync(Path.Combine(release.ReleaseDirectory, $"pulumi-resource-certautoenroll-v{Version}-{platform}.tar.gz"));
            Assert.Equal(new[] { "LICENSE", "README.md", binary }.Order(), entries.Order());
        }
    }

    [Fact]
    public async Task LinuxArchive_UnpackedWithoutDotnet_CompletesHandshakeAndReportsTheOneVersion()
    {
        Assert.Contains("linux-amd64", release.Platforms);
        var folder = Directory.CreateTempSubdirectory("certautoenroll-release-").FullName;
        try
        {
            await RunAsync("tar", ["-xzf", Path.Combine(release.ReleaseDirectory, $"pulumi-resource-certautoenroll-v{Version}-linux-amd64.tar.gz"), "-C", folder]);
            await using var engine = await FakeEngine.StartAsync();
            using var plugin = StartWithoutDotnet(Path.Combine(folder, "pulumi-resource-certautoenroll"), engine.Address, folder);
            try
            {
                var port = await ReadPortLineAsync(plugin.StandardOutput.BaseStream);
                using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
                var client = new ResourceProvider.ResourceProviderClient(channel);

                var handshake = await client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address, ConfigureWithUrn = true });
                var info = await client.GetPluginInfoAsync(new Empty());
                var schema = JsonNode.Parse((await client.GetSchemaAsync(new GetSchemaRequest())).Schema)!;

                Assert.True(handshake.AcceptSecrets);
                Assert.Equal(Version, info.Version);
                Assert.Equal(info.Version, (string?)schema["version"]);
                Assert.Equal(info.Version, PluginJsonVersion());
            }
            finally
            {
                plugin.Kill(entireProcessTree: true);
                await plugin.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string? PluginJsonVersion()
    {
        var package = Path.Combine(release.ReleaseDirectory, $"Pulumi.CertAutoenroll.{Version}.nupkg");
        if (!File.Exists(package))
        {
            // Only where NuGet lacks Pulumi; the release command then says so in one line.
            Assert.Contains($"SKIPPED: Pulumi.CertAutoenroll.{Version}.nupkg", release.Output, StringComparison.Ordinal);
            return Version;
        }

        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.GetEntry("content/pulumi-plugin.json")!.Open();
        var json = JsonNode.Parse(stream)!;
        Assert.True((bool?)json["resource"]);
        Assert.Equal("certautoenroll", (string?)json["name"]);
        return (string?)json["version"];
    }

    private static Process StartWithoutDotnet(string binary, string engineAddress, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(binary, [engineAddress])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var name in startInfo.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["PATH"] = workingDirectory; // no dotnet anywhere on it
        return Process.Start(startInfo)!;
    }

    private static async Task<int> ReadPortLineAsync(Stream stdout)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stdout.ReadAsync(buffer, timeout.Token) == 1 && buffer[0] != '\n')
        {
            line.Append((char)buffer[0]);
        }

        return int.Parse(line.ToString().Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<string>> ListAsync(string archive) =>
        (await RunAsync("tar", ["-tzf", archive])).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<string> RunAsync(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }
}
