using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.Provider.Tests.Lab;
using CertAutoenroll.ProviderTestSupport;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.GroupPolicyModule.Sysvol;
using Pulumirpc;
using Xunit.Abstractions;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>The release command's artifacts, checked as a Pulumi user would meet them.</summary>
public sealed class ReleasePackagingTests(ReleaseFixture release, LabProviderFixture lab, ITestOutputHelper output)
    : IClassFixture<ReleaseFixture>, IClassFixture<LabProviderFixture>
{
    private static readonly string[] AllPlatforms = ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"];

    /// <summary>Smaller than any self-contained build: what a framework-dependent apphost weighs is ~70 KB.</summary>
    private const long MinSelfContainedBytes = 10 * 1024 * 1024;

    [Fact]
    public async Task Archives_EveryBuiltPlatform_HoldTheSelfContainedBinaryForItsPlatformWithReadmeAndLicense()
    {
        output.WriteLine($"build/release.sh ({string.Join(' ', release.Platforms)}) took {release.Duration.TotalSeconds:F0} s:\n{release.Output}");
        var archives = Directory.GetFiles(release.ReleaseDirectory, "*.tar.gz").Select(f => Path.GetFileName(f)).Order().ToList();

        var expected = AllPlatforms.Where(release.Platforms.Contains).Select(ReleaseFixture.ArchiveName).Order().ToList();
        Assert.Equal(expected, archives);
        foreach (var platform in release.Platforms)
        {
            var archive = Path.Combine(release.ReleaseDirectory, ReleaseFixture.ArchiveName(platform));
            var binary = platform.StartsWith("windows-", StringComparison.Ordinal) ? "pulumi-resource-certautoenroll.exe" : "pulumi-resource-certautoenroll";
            var entries = (await ReleaseFixture.RunAsync("tar", ["-tzvf", archive])).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(new[] { "LICENSE", "README.md", binary }.Order(), entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).Order());
            var size = long.Parse(entries.Single(e => e.EndsWith(" " + binary, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(size > MinSelfContainedBytes, $"{platform}: {binary} is {size} bytes, too small to be self-contained");
            Assert.Equal(platform, ExecutableFormat.PlatformOf(await HeadAsync(archive, binary)));
        }
    }

    [Fact]
    public async Task LinuxArchive_UnpackedWithoutDotnet_CompletesHandshakeAndReportsTheOneVersion()
    {
        Assert.Contains("linux-amd64", release.Platforms);
        await using var engine = await FakeEngine.StartAsync();
        await using var plugin = await ReleasedPlugin.StartAsync(release.LinuxBinary, engine.Address);

        var handshake = await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = engine.Address, ConfigureWithUrn = true });
        var info = await plugin.Client.GetPluginInfoAsync(new Empty());
        var schema = JsonNode.Parse((await plugin.Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!;

        Assert.True(handshake.AcceptSecrets);
        Assert.Equal(ReleaseFixture.Version, info.Version);
        Assert.Equal(info.Version, (string?)schema["version"]);
        Assert.Equal(info.Version, PluginJsonVersion());
    }

    [Fact]
    public async Task LinuxArchive_ReleasedBinary_LogsOnWithNtlmAndCreatesAPolicyOnTheLab()
    {
        Assert.Contains("linux-amd64", release.Platforms);
        var gpo = lab.CreateGpo("Released Binary Policy");
        var before = await lab.Lab.GetCountersAsync(CancellationToken.None);
        await using var engine = await FakeEngine.StartAsync();
        await using var plugin = await ReleasedPlugin.StartAsync(release.LinuxBinary, engine.Address);

        await plugin.ConfigureAsync(lab.Config());
        var created = await PolicyRequests.UpAsync(plugin, "released", Structs.Of(("gpoName", "Released Binary Policy")));

        var after = await lab.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal($"{gpo.ToString("B").ToUpperInvariant()}/User", created.Id);
        Assert.Equal(7u, lab.RegistryValue(gpo, GpoSection.User, LabProviderFixture.PolicyKey, "AEPolicy"));
        Assert.Equal(0, after.AuthFailures - before.AuthFailures);
        Assert.True(after.PowerShellStarts > before.PowerShellStarts, "the released binary's session started no remote PowerShell");
    }

    private string? PluginJsonVersion()
    {
        var package = Path.Combine(release.ReleaseDirectory, $"Pulumi.CertAutoenroll.{ReleaseFixture.Version}.nupkg");
        if (!File.Exists(package))
        {
            // Only where NuGet lacks Pulumi; the release command then says so in one line.
            Assert.Contains($"SKIPPED: Pulumi.CertAutoenroll.{ReleaseFixture.Version}.nupkg", release.Output, StringComparison.Ordinal);
            return ReleaseFixture.Version;
        }

        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.GetEntry("content/pulumi-plugin.json")!.Open();
        var json = JsonNode.Parse(stream)!;
        Assert.True((bool?)json["resource"]);
        Assert.Equal("certautoenroll", (string?)json["name"]);
        return (string?)json["version"];
    }

    /// <summary>The first bytes of one archive member, read from <c>tar -xO</c>.</summary>
    private static async Task<byte[]> HeadAsync(string archive, string member)
    {
        using var process = Process.Start(new ProcessStartInfo("tar", ["-xOzf", archive, member]) { UseShellExecute = false, RedirectStandardOutput = true })!;
        var head = new byte[ExecutableFormat.HeaderBytes];
        await process.StandardOutput.BaseStream.ReadExactlyAsync(head);
        await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        await process.WaitForExitAsync();
        return head;
    }
}
