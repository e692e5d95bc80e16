using System.Diagnostics;
using System.Text.Json;
using LabDomainController.GroupPolicyModule.Hosting;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>
/// Parses scripts with PowerShell's own parser (in one pwsh run) and lists what Windows
/// PowerShell 5.1 lacks: PowerShell 7 syntax, cmdlets outside an allow-list, 7-only parameters.
/// </summary>
internal static class PowerShell51Checker
{
    /// <summary>Cmdlets the DC scripts may call: the GroupPolicy ones and utilities 5.1 ships.</summary>
    public static IReadOnlyList<string> AllowedCommands { get; } =
    [
        "Get-GPO", "Get-GPRegistryValue", "Set-GPRegistryValue", "Remove-GPRegistryValue",
        "Import-Module", "ConvertTo-Json", "ConvertFrom-Json", "Write-Output", "Where-Object",
        "ForEach-Object", "Out-Null", "Out-String", "New-Object", "Select-Object", "Sort-Object",
        "New-GPO", "Remove-GPO", "Rename-GPO", "New-GPLink", "Set-GPLink", "Remove-GPLink", "Get-GPInheritance", "Get-GPPermission",
        "Get-ADObject", "Set-ADObject", "Get-ADUser", "Get-ADGroup", "Get-ADComputer", "Get-ADDomain", "Get-ADRootDSE",
    ];

    private const string CheckerScript = """
        param([string]$ListPath)
        $ErrorActionPreference = 'Stop'
        $allowed = @(Get-Content -LiteralPath ($ListPath + '.allowed'))
        # Parameters 5.1's versions of allowed cmdlets do not have.
        $newParameters = @{
            'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
            'ConvertTo-Json' = @('AsArray', 'EnumsAsStrings', 'EscapeHandling')
            'Import-Module' = @('UseWindowsPowerShell', 'SkipEditionCheck')
            'ForEach-Object' = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
            'Select-Object' = @('SkipIndex', 'CaseInsensitive')
            'Sort-Object' = @('Top', 'Bottom', 'Stable')
        }
        foreach ($path in @(Get-Content -LiteralPath $ListPath)) {
            $tokens = $null; $parseErrors = $null
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$tokens, [ref]$parseErrors)
            $problems = New-Object System.Collections.Generic.List[string]
            foreach ($e in $parseErrors) { $problems.Add('parse error: ' + $e.Message) }
            $functions = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true) | ForEach-Object { $_.Name })
            foreach ($node in $ast.FindAll({ param($n) $true }, $true)) {
                $type = $node.GetType().Name
                if ($type -eq 'TernaryExpressionAst') { $problems.Add('ternary operator') }
                elseif ($type -eq 'PipelineChainAst') { $problems.Add('&& / || pipeline chain') }
                elseif ($type -eq 'BinaryExpressionAst' -and $node.Operator -eq 'QuestionQuestion') { $problems.Add('?? operator') }
                elseif ($type -eq 'AssignmentStatementAst' -and $node.Operator -eq 'QuestionQuestionEquals') { $problems.Add('??= operator') }
                elseif ($type -match '^(Member|InvokeMember)ExpressionAst$' -and $node.NullConditional) { $problems.Add('?. operator') }
                elseif ($type -eq 'IndexExpressionAst' -and $node.NullConditional) { $problems.Add('?[] operator') }
                elseif ($type -eq 'ScriptBlockAst' -and $null -ne $node.CleanBlock) { $problems.Add('clean block') }
                elseif ($type -eq 'CommandAst') {
                    $name = $node.GetCommandName()
                    if ($null -eq $name) {
                        # `& $scriptBlock` is fine in 5.1; a command name computed from a string is not allowed.
                        if ($node.CommandElements[0] -isnot [System.Management.Automation.Language.VariableExpressionAst]) { $problems.Add('dynamic command name') }
                        continue
                    }
                    $canonical = @($allowed | Where-Object { $_ -eq $name })
                    if ($canonical.Count -eq 0 -and $functions -notcontains $name) { $problems.Add('command not in the 5.1 allow-list: ' + $name); continue }
                    if ($canonical.Count -gt 0 -and $newParameters.ContainsKey($canonical[0])) {
                        foreach ($element in $node.CommandElements) {
                            if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                                foreach ($p in $newParameters[$canonical[0]]) {
                                    if ($p -like ($element.ParameterName + '*')) { $problems.Add('parameter 5.1 lacks: ' + $name + ' -' + $p) }
                                }
                            }
                        }
                    }
                }
            }
            [Console]::Out.WriteLine((ConvertTo-Json -Compress -InputObject @{ path = $path; problems = @($problems) }))
        }
        """;

    /// <summary>Problems per script text, in the order given.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Check(IReadOnlyList<string> scripts)
    {
        var directory = Directory.CreateTempSubdirectory("ps51check-");
        try
        {
            var paths = scripts.Select((text, i) =>
            {
                var path = Path.Combine(directory.FullName, $"script{i}.ps1");
                File.WriteAllText(path, text);
                return path;
            }).ToArray();
            var listPath = Path.Combine(directory.FullName, "list.txt");
            File.WriteAllLines(listPath, paths);
            File.WriteAllLines(listPath + ".allowed", AllowedCommands);
            var checkerPath = Path.Combine(directory.FullName, "checker.ps1");
            File.WriteAllText(checkerPath, CheckerScript);
            var output = RunPwsh(directory.FullName, ["-NoProfile", "-NonInteractive", "-File", checkerPath, listPath]);
            var byPath = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.StartsWith('{'))
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToDictionary(e => e.GetProperty("path").GetString()!, e => (IReadOnlyList<string>)e.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToArray());
            return paths.Select(p => byPath.TryGetValue(p, out var problems) ? problems : ["checker produced no result"]).ToArray();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string RunPwsh(string workingDirectory, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        startInfo.ArgumentList.Add(LabPowerShell.PwshDllPath);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("pwsh did not start.");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The checker failed ({process.ExitCode}): {errors.Result}");
        }

        return output;
    }
}
