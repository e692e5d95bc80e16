using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Scripts;

namespace CertAutoenroll.GroupPolicy.Tests.DomainScripts;

public sealed class DomainScriptLibraryTests
{
    [Fact]
    public void Get_EachScript_IsComposedVersionedAndUsesTheSharedMarker()
    {
        foreach (var name in Enum.GetValues<DomainScriptName>())
        {
            // Act
            var script = DomainScriptLibrary.Get(name);

            // Assert
            var version = "certautoenroll-" + DomainScriptLibrary.FileName(name)[..^".ps1".Length] + "/";
            Assert.Contains(version, script, StringComparison.Ordinal);
            Assert.Contains("param([string]$RequestBase64)", script, StringComparison.Ordinal);
            Assert.Contains($"'{AutoenrollmentPolicyClient.ReplyMarker}'", script, StringComparison.Ordinal);
            Assert.Contains("$ErrorActionPreference = 'Stop'", script, StringComparison.Ordinal);
            Assert.DoesNotContain("<include", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ResourceFileNames_Assembly_EmbedsEveryScriptAndTheSharedParts()
    {
        // Act
        var names = DomainScriptLibrary.ResourceFileNames;

        // Assert
        var expected = Enum.GetValues<DomainScriptName>().Select(DomainScriptLibrary.FileName)
            .Concat(["Domain.ps1", "Links.ps1", "TemplateAccess.ps1", "CreateJournal.ps1"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
    }

    [Fact]
    public void Get_EveryScript_HasNothingWindowsPowerShell51Lacks()
    {
        // Arrange
        var scripts = Enum.GetValues<DomainScriptName>().Select(DomainScriptLibrary.Get).ToArray();

        // Act
        var problems = PowerShell51Checker.Check(scripts);

        // Assert
        Assert.Equal(scripts.Length, problems.Count);
        Assert.All(problems, Assert.Empty);
    }

    [Fact]
    public void Get_EveryScript_DecidesByIdsAndTypesNotByMessageText()
    {
        foreach (var name in Enum.GetValues<DomainScriptName>())
        {
            // Act
            var script = DomainScriptLibrary.Get(name);

            // Assert: no "-match 'not found'" and the like on an exception's message.
            Assert.DoesNotContain("Exception.Message -", script, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Message.Contains", script, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("not found'", script, StringComparison.OrdinalIgnoreCase);
        }
    }
}
