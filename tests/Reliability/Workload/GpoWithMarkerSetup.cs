using System.Text;
using System.Text.Json;
using Benchmarks.Measurement;
using Benchmarks.Workload;
using CertAutoenroll.GroupPolicy.Registry;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace Reliability.Workload;

/// <summary>
/// Creates the plan's GPOs and puts an unrelated value beside ours in each (under the Auto-Enrollment key, in both
/// sections): a value the policy must never touch. One remote command, before any fault is switched on.
/// </summary>
internal static class GpoWithMarkerSetup
{
    public const string MarkerValueName = "ContosoReliabilityMarker";

    private const string Script = """
        param([string]$RequestBase64)
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $request = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($RequestBase64)) | ConvertFrom-Json
        foreach ($name in $request.names) {
            $null = New-GPO -Name $name
            foreach ($hive in @('HKCU', 'HKLM')) {
                $null = Set-GPRegistryValue -Name $name -Key ($hive + '\' + $request.key) -ValueName $request.valueName -Type String -Value ('keep:' + $name)
            }
        }
        "created $(@($request.names).Count)"
        """;

    public static string MarkerFor(string gpoName) => "keep:" + gpoName;

    public static async Task CreateAsync(LabDomainControllerProcess lab, IReadOnlyList<string> gpoNames, CancellationToken cancellationToken)
    {
        var request = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            names = gpoNames,
            key = AutoenrollmentRegistry.KeyPath,
            valueName = MarkerValueName,
        })));
        var session = new WinRmPowerShellPool(LabConnection.Options(lab), 1, NullLoggerFactory.Instance);
        await using (session.ConfigureAwait(false))
        {
            var result = await session.InvokeAsync(Script, request, cancellationToken).ConfigureAwait(false);
            Expect.That(result.Succeeded && result.Output.Contains($"created {gpoNames.Count}", StringComparison.Ordinal),
                $"Creating {gpoNames.Count} GPOs with markers on the lab DC failed: {result.Errors}{result.Output}");
        }
    }
}
