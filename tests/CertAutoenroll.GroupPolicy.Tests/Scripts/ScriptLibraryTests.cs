using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Scripting;
using CertAutoenroll.GroupPolicy.Scripts;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

public sealed class ScriptLibraryTests
{
    [Fact]
    public void ResourceFileNames_Assembly_EmbedsTheThreeScriptsAndTheirCommonPart()
    {
        // Act
        var names = ScriptLibrary.ResourceFileNames;

        // Assert
        Assert.Equal(["Common.ps1", "apply.ps1", "read.ps1", "remove.ps1"], names);
    }

    [Theory]
    [InlineData("Read", "certautoenroll-read/")]
    [InlineData("Apply", "certautoenroll-apply/")]
    [InlineData("Remove", "certautoenroll-remove/")]
    public void Get_EachScript_IsComposedVersionedAndUsesTheSharedMarker(string name, string version)
    {
        // Act
        var script = ScriptLibrary.Get(Enum.Parse<ScriptName>(name));

        // Assert
        Assert.StartsWith("#", script, StringComparison.Ordinal);
        Assert.Contains("param([string]$RequestBase64)", script, StringComparison.Ordinal);
        Assert.Contains(version, script, StringComparison.Ordinal);
        Assert.Contains($"'{AutoenrollmentPolicyClient.ReplyMarker}'", script, StringComparison.Ordinal);
        Assert.Contains("$ErrorActionPreference = 'Stop'", script, StringComparison.Ordinal);
        Assert.Contains("$ProgressPreference = 'SilentlyContinue'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("<include", script, StringComparison.Ordinal);
        Assert.DoesNotContain("-Disable", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Get_EveryEmbeddedScript_HasNothingWindowsPowerShell51Lacks()
    {
        // Arrange
        var scripts = Enum.GetValues<ScriptName>().Select(ScriptLibrary.Get)
            .Append(ScriptComposer.Prelude)
            .ToArray();

        // Act
        var problems = PowerShell51Checker.Check(scripts);

        // Assert
        Assert.All(problems, Assert.Empty);
        Assert.Equal(scripts.Length, problems.Count);
    }

    [Theory]
    [InlineData("Read")]
    [InlineData("Apply")]
    [InlineData("Remove")]
    public void Get_EachScript_SpellsNoRegistryNameTheModelOwns(string name)
    {
        // Act
        var script = ScriptLibrary.Get(Enum.Parse<ScriptName>(name));

        // Assert: the key path and value names reach the scripts in the request, from AutoenrollmentRegistry.
        Assert.DoesNotContain(CertAutoenroll.GroupPolicy.Registry.AutoenrollmentRegistry.KeyPath, script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Cryptography", script, StringComparison.OrdinalIgnoreCase);
        Assert.All(CertAutoenroll.GroupPolicy.Registry.AutoenrollmentRegistry.OwnedValueNames,
            owned => Assert.DoesNotContain(owned, script, StringComparison.Ordinal));
    }

    [Fact]
    public void Get_CheckerOnScriptsUsingPowerShell7Features_FlagsEachOne()
    {
        // Arrange: every snippet must be caught, or the check above proves nothing.
        (string Snippet, string Expected)[] cases =
        [
            ("$a = $true ? 1 : 2", "ternary"),
            ("$a = $null ?? 1", "?? operator"),
            ("$a = $null; $a ??= 1", "??= operator"),
            ("$a = $null; ${a}?.Length", "?. operator"),
            ("$a = $null; ${a}?[0]", "?[] operator"),
            ("Write-Output 1 && Write-Output 2", "pipeline chain"),
            ("Write-Output 1 || Write-Output 2", "pipeline chain"),
            ("1..2 | ForEach-Object -Parallel { $_ }", "ForEach-Object -Parallel"),
            ("function f { process { } clean { } }", "clean block"),
            ("@('a') | Join-String", "Join-String"),
            ("Get-Error", "Get-Error"),
            ("Test-Json -Json '{}'", "Test-Json"),
            ("ConvertFrom-Json -InputObject '{}' -AsHashtable", "ConvertFrom-Json -AsHashtable"),
            ("$x = (", "parse error"),
        ];

        // Act
        var problems = PowerShell51Checker.Check(cases.Select(c => c.Snippet).ToArray());

        // Assert
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.True(problems[i].Any(p => p.Contains(cases[i].Expected, StringComparison.Ordinal)), $"{cases[i].Snippet} gave [{string.Join(", ", problems[i])}]");
        }
    }
}
