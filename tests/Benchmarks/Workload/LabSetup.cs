using System.Text;
using System.Text.Json;
using Benchmarks.Measurement;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging;

namespace Benchmarks.Workload;

/// <summary>
/// Runs one setup script on the lab DC (not measured) through a one-session pool: the request goes as base64 JSON,
/// and the script's last words must be <c>created N</c>.
/// </summary>
internal static class LabSetup
{
    public static async Task RunAsync(
        LabDomainControllerProcess lab, string script, object request, int count, string what, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request)));
        var session = new WinRmPowerShellPool(LabConnection.Options(lab), 1, loggerFactory);
        await using (session.ConfigureAwait(false))
        {
            var result = await session.InvokeAsync(script, encoded, cancellationToken).ConfigureAwait(false);
            Expect.That(result.Succeeded && result.Output.Contains($"created {count}", StringComparison.Ordinal),
                $"Creating {count} {what} on the lab DC failed: {result.Errors}{result.Output}");
        }
    }
}
