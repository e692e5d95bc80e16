using System.Diagnostics;
using LabDomainController.GroupPolicyModule.Hosting;

namespace LabDomainController.Hosting;

/// <summary>
/// Before the lab says ready: every remote command runs in pwsh from the repository's dotnet tool, so a
/// fresh NuGet cache without it would answer the first command with HTTP 500. Restores it once if missing.
/// </summary>
internal static class PowerShellCheck
{
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);

    /// <returns>Null when pwsh is there; otherwise the one-line reason with the fix.</returns>
    public static async Task<string?> EnsureAsync()
    {
        if (TryLocate() is null)
        {
            return null;
        }

        var repository = FindToolManifestRoot();
        if (repository is null)
        {
            return TryLocate();
        }

        await Console.Error.WriteLineAsync(
            $"LabDomainController: PowerShell {LabPowerShell.PowerShellVersion} is not in the NuGet cache; running 'dotnet tool restore' in {repository}…").ConfigureAwait(false);
        using var restore = Process.Start(new ProcessStartInfo("dotnet", ["tool", "restore"])
        {
            WorkingDirectory = repository,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = restore.StandardOutput.ReadToEndAsync();
        var errors = restore.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RestoreTimeout);
        await restore.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        return restore.ExitCode == 0
            ? TryLocate()
            : $"'dotnet tool restore' failed ({restore.ExitCode}): {(await errors).Trim()} {(await output).Trim()}";
    }

    private static string? TryLocate()
    {
        try
        {
            _ = LabPowerShell.PwshDllPath;
            return null;
        }
        catch (FileNotFoundException exception)
        {
            return exception.Message;
        }
    }

    private static string? FindToolManifestRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, ".config", "dotnet-tools.json")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
