using Benchmarks.Workload;
using CertAutoenroll.GroupPolicy.Registry;
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

    public static Task CreateAsync(LabDomainControllerProcess lab, IReadOnlyList<string> gpoNames, CancellationToken cancellationToken) =>
        LabSetup.RunAsync(
            lab,
            Script,
            new { names = gpoNames, key = AutoenrollmentRegistry.KeyPath, valueName = MarkerValueName },
            gpoNames.Count,
            "GPOs with markers",
            NullLoggerFactory.Instance,
            cancellationToken);
}
