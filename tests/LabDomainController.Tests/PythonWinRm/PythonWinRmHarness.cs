using System.Diagnostics;
using System.Text.Json;

namespace LabDomainController.Tests.PythonWinRm;

/// <summary>
/// Runs winrm_client.py with Debian's /usr/bin/python3 (python3-winrm 0.3.0) under an overall deadline: pywinrm's
/// OperationTimeout loop never ends on its own.
/// </summary>
internal static class PythonWinRmHarness
{
    public const string Python = "/usr/bin/python3";
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    /// <summary>Fails (never skips) when python3-winrm is missing, naming the fix.</summary>
    public static async Task EnsureInstalledAsync()
    {
        var (exitCode, _, stderr) = await RunAsync(["-c", "import winrm, requests_ntlm, xmltodict"]);
        Assert.True(exitCode == 0,
            $"Debian's python3-winrm is not importable by {Python} ({stderr.Trim()}). "
            + ".ci/run installs it: sudo apt-get install python3-winrm");
    }

    public static async Task<JsonElement> RunClientAsync(Uri endpoint, string user, string password, string transport, string? caPemPath = null)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "PythonWinRm", "winrm_client.py");
        List<string> arguments = [script, endpoint.ToString(), user, password, transport];
        if (caPemPath is not null)
        {
            arguments.Add(caPemPath);
        }

        var (exitCode, stdout, stderr) = await RunAsync(arguments);
        Assert.True(exitCode == 0, $"winrm_client.py exited with {exitCode}. stderr:\n{stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(Python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {Python}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3-winrm did not finish within {Deadline}. stderr so far:\n{await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
