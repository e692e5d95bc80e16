using System.Reflection;
using CertAutoenroll.WinRm;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>The WinRm assembly's embedded bootstrap scripts go through the same Windows PowerShell 5.1 checker as the DC scripts.</summary>
public sealed class BootstrapScriptTests
{
    private static readonly Assembly WinRm = typeof(WinRmClient).Assembly;

    [Fact]
    public void ManifestResources_WinRmAssembly_EmbedsTheSessionStartLoopAndRunOnceScripts()
    {
        // Act
        var names = WinRm.GetManifestResourceNames().Where(n => n.EndsWith(".ps1", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(
            ["CertAutoenroll.WinRm.PowerShell.RunOnce.ps1", "CertAutoenroll.WinRm.PowerShell.SessionLoop.ps1", "CertAutoenroll.WinRm.PowerShell.SessionStart.ps1"],
            names);
    }

    [Fact]
    public void ManifestResources_EveryWinRmScript_HasNothingWindowsPowerShell51Lacks()
    {
        // Arrange
        var names = WinRm.GetManifestResourceNames().Where(n => n.EndsWith(".ps1", StringComparison.Ordinal)).ToArray();
        var scripts = names.Select(Read).ToArray();

        // Act
        var problems = PowerShell51Checker.Check(scripts);

        // Assert
        Assert.NotEmpty(scripts);
        Assert.All(problems.Select((p, i) => (Name: names[i], Problems: p)), s => Assert.True(s.Problems.Count == 0, $"{s.Name}: {string.Join("; ", s.Problems)}"));
        Assert.Equal(scripts.Length, problems.Count);
    }

    [Fact]
    public void ManifestResources_EveryWinRmScript_IsAsciiAsTheEditorConfigSays()
    {
        // Arrange
        var names = WinRm.GetManifestResourceNames().Where(n => n.EndsWith(".ps1", StringComparison.Ordinal)).ToArray();

        // Assert
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.DoesNotContain(Read(name), c => c > '\x7F'));
    }

    private static string Read(string name)
    {
        using var stream = WinRm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
