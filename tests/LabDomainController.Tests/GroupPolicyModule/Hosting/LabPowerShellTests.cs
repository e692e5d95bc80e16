using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Hosting;

public sealed class LabPowerShellTests : IDisposable
{
    private readonly TemporaryDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void PwshDllPath_ToolRestored_PointsAtPwshDll()
    {
        var path = LabPowerShell.PwshDllPath;

        Assert.True(File.Exists(path), path);
        Assert.EndsWith("pwsh.dll", path, StringComparison.Ordinal);
        Assert.Contains("7.6.9", path, StringComparison.Ordinal);
    }

    [Fact]
    public void LocatePwshDll_EmptyPackageFolder_ThrowsTellingToRunToolRestore()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => LabPowerShell.LocatePwshDll(_directory.Path));

        Assert.Contains("dotnet tool restore", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocatePwshDll_FirstFolderLacksIt_TakesTheNextFolderThatHasIt()
    {
        var restored = Path.Combine(_directory.Path, "home-packages");
        var flavour = OperatingSystem.IsWindows() ? "win" : "unix";
        var pwsh = Path.Combine(restored, "powershell", LabPowerShell.PowerShellVersion, "tools", "net10.0", "any", flavour, "pwsh.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(pwsh)!);
        File.WriteAllText(pwsh, string.Empty);

        var path = LabPowerShell.LocatePwshDll(Path.Combine(_directory.Path, "empty-packages"), restored);

        Assert.Equal(pwsh, path);
    }

    [Fact]
    public void LocatePwshDll_NoFolderHasIt_NamesEveryPathTried()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => LabPowerShell.LocatePwshDll(Path.Combine(_directory.Path, "a"), Path.Combine(_directory.Path, "b")));

        Assert.Contains(Path.Combine(_directory.Path, "a", "powershell"), exception.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_directory.Path, "b", "powershell"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateStartInfo_DataDirectory_RunsPwshDllWithLabEnvironment()
    {
        var startInfo = LabPowerShell.CreateStartInfo(_directory.Path, ["-NoProfile", "-Command", "1"]);

        Assert.Equal([LabPowerShell.PwshDllPath, "-NoProfile", "-Command", "1"], startInfo.ArgumentList);
        Assert.Equal(_directory.Path, startInfo.Environment["LAB_DATA_DIR"]);
        Assert.Equal("1", startInfo.Environment["POWERSHELL_TELEMETRY_OPTOUT"]);
        Assert.Equal("Off", startInfo.Environment["POWERSHELL_UPDATECHECK"]);
        Assert.True(startInfo.RedirectStandardInput && startInfo.RedirectStandardOutput && startInfo.RedirectStandardError);
        Assert.Equal("utf-8", startInfo.StandardOutputEncoding?.WebName);
    }

    [Fact]
    public void CreateStartInfo_DataDirectory_PutsManifestOfThisAssemblyFirstOnModulePath()
    {
        var startInfo = LabPowerShell.CreateStartInfo(_directory.Path, []);

        var modulePath = startInfo.Environment["PSModulePath"]!.Split(Path.PathSeparator)[0];
        var manifest = File.ReadAllText(Path.Combine(modulePath, "GroupPolicy", "GroupPolicy.psd1"));
        Assert.Contains($"RootModule = '{typeof(LabPowerShell).Assembly.Location}'", manifest, StringComparison.Ordinal);
        Assert.Contains("'Set-GPRegistryValue'", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureDomain_CalledTwice_KeepsTwoDefaultGpos()
    {
        LabPowerShell.EnsureDomain(_directory.Path);
        LabPowerShell.EnsureDomain(_directory.Path);

        var gpos = LabSysvol.ListGpos(_directory.Path);

        Assert.Equal(
            [LabDomain.DefaultDomainControllersPolicyId, LabDomain.DefaultDomainPolicyId],
            gpos.Select(g => g.Id).ToArray());
    }
}
