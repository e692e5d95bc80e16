using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.GroupPolicyModule.Topology;

namespace LabDomainController.GroupPolicyModule.Hosting;

/// <summary>Starts pwsh 7.6.9 (the repository's dotnet tool) with the lab GroupPolicy module first on PSModulePath.</summary>
public static class LabPowerShell
{
    public const string PowerShellVersion = "7.6.9";

    /// <summary>
    /// pwsh.dll inside the NuGet package folder: $NUGET_PACKAGES, then ~/.nuget/packages (where <c>dotnet tool restore</c>
    /// leaves a tool it restored before NUGET_PACKAGES was set: its resolver cache points there and it downloads nothing).
    /// </summary>
    public static string PwshDllPath
    {
        get
        {
            var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrWhiteSpace(packages) ? LocatePwshDll(home) : LocatePwshDll(packages, home);
        }
    }

    internal static string LocatePwshDll(params string[] packageDirectories)
    {
        var flavour = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : "unix";
        var paths = packageDirectories.Select(d => Path.Combine(d, "powershell", PowerShellVersion, "tools", "net10.0", "any", flavour, "pwsh.dll")).ToList();
        return paths.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"pwsh.dll of PowerShell {PowerShellVersion} was not found at {string.Join(" or ", paths)}. Run `dotnet tool restore` in the repository root (it restores the PowerShell tool listed in .config/dotnet-tools.json).",
                paths[0]);
    }

    /// <summary>Creates the lab.test domain with its two default GPOs unless present; safe to call from several processes.</summary>
    public static void EnsureDomain(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        new GpoStore(new LabDataPaths(dataDirectory)).EnsureDomain();
    }

    /// <summary>
    /// <c>dotnet pwsh.dll &lt;arguments&gt;</c> with LAB_DATA_DIR set, the generated GroupPolicy module first on
    /// PSModulePath, stdin/stdout/stderr redirected as UTF-8, telemetry and update checks off, and the DC's names and
    /// <paramref name="topology"/> (default: the PDC emulator is another machine, messages in English) in the environment.
    /// </summary>
    public static ProcessStartInfo CreateStartInfo(string dataDirectory, IEnumerable<string> pwshArguments, LabTopology? topology = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(pwshArguments);
        var paths = new LabDataPaths(dataDirectory);
        EnsureDomain(paths.DataDirectory);
        var moduleRoot = ModuleManifest.WriteTo(Path.Combine(paths.DataDirectory, "modules"));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
            WorkingDirectory = paths.DataDirectory,
        };
        startInfo.ArgumentList.Add(PwshDllPath);
        foreach (var argument in pwshArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment[LabDataPaths.DataDirectoryVariable] = paths.DataDirectory;
        startInfo.Environment["ProgramData"] = paths.ProgramData;
        startInfo.Environment["PSModulePath"] = moduleRoot;
        startInfo.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        startInfo.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in (topology ?? new LabTopology()).ToEnvironment())
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    private static string DotnetHost()
    {
        // Set by the dotnet CLI for the processes it starts (test hosts included); plain "dotnet" otherwise.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
