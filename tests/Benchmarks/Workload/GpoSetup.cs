using LabDomainController.Launcher;
using Microsoft.Extensions.Logging;

namespace Benchmarks.Workload;

/// <summary>Creates the plan's GPOs on the lab DC with New-GPO, in one remote command (not measured).</summary>
internal static class GpoSetup
{
    private const string Script = """
        param([string]$RequestBase64)
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $names = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($RequestBase64)) | ConvertFrom-Json
        foreach ($name in $names) { $null = New-GPO -Name $name }
        "created $(@($names).Count)"
        """;

    public static Task CreateAsync(LabDomainControllerProcess lab, IReadOnlyList<string> gpoNames, ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        LabSetup.RunAsync(lab, Script, gpoNames, gpoNames.Count, "GPOs", loggerFactory, cancellationToken);
}
