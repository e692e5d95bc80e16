using System.Diagnostics;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.RegistryPol;

/// <summary>The committed golden files are exactly what their documented byte-by-byte construction prints.</summary>
public sealed class GoldenRegistryPolFilesTests
{
    [Fact]
    public async Task BuildScript_Run_ReproducesTheCommittedFiles()
    {
        using var directory = new TemporaryDataDirectory();
        var startInfo = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardError = true };
        startInfo.ArgumentList.Add(GoldenFiles.PathOf("build.sh"));
        startInfo.ArgumentList.Add(directory.Path);

        using (var process = Process.Start(startInfo)!)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"build.sh failed: {errors}");
        }

        foreach (var name in new[] { "autoenrollment-user.pol", "all-kinds.pol" })
        {
            var rebuilt = await File.ReadAllBytesAsync(Path.Combine(directory.Path, name));
            Assert.Equal(Convert.ToHexString(GoldenFiles.Read(name)), Convert.ToHexString(rebuilt));
        }
    }
}
