using System.Diagnostics;
using System.Text.Json;
using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Topology;

namespace LabDomainController.Tests.GroupPolicyModule.Support;

/// <summary>
/// Runs one script in a real pwsh process with the lab GroupPolicy module. Scripts report by writing one JSON
/// document after the line <see cref="ResultMarker"/>.
/// </summary>
internal static class PwshRunner
{
    public const string ResultMarker = "##LAB-RESULT##";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<PwshResult> RunAsync(string dataDirectory, string script, CancellationToken cancellationToken, LabTopology? topology = null)
    {
        var scriptPath = Path.Combine(dataDirectory, $"script-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(scriptPath, script, cancellationToken);
        var startInfo = LabPowerShell.CreateStartInfo(dataDirectory, ["-NoLogo", "-NoProfile", "-NonInteractive", "-File", scriptPath], topology);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("pwsh did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"pwsh did not finish within {Timeout}; it was killed. Output so far: {await output}");
        }

        return new PwshResult(process.ExitCode, await output, await errors);
    }

    /// <summary>Runs the script and returns the JSON it wrote after the marker; fails with pwsh's output if there is none.</summary>
    public static async Task<JsonElement> RunForResultAsync(string dataDirectory, string script, CancellationToken cancellationToken, LabTopology? topology = null)
    {
        var result = await RunAsync(dataDirectory, script, cancellationToken, topology);
        var marker = result.Output.LastIndexOf(ResultMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException($"pwsh exited with {result.ExitCode} without a result.\nstdout:\n{result.Output}\nstderr:\n{result.Errors}");
        }

        using var document = JsonDocument.Parse(result.Output[(marker + ResultMarker.Length)..]);
        return document.RootElement.Clone();
    }
}

internal sealed record PwshResult(int ExitCode, string Output, string Errors);
