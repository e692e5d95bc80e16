using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Scripting;
using CertAutoenroll.GroupPolicy.Scripts;

namespace CertAutoenroll.GroupPolicy.Tests.Scripting;

public sealed class ScriptComposerTests
{
    [Fact]
    public void Get_ScriptsOfBothFamilies_CarryThePreludeExactlyOnce()
    {
        // Arrange
        var prelude = ScriptComposer.Prelude.TrimEnd('\n');
        var scripts = Enum.GetValues<ScriptName>().Select(ScriptLibrary.Get)
            .Concat(Enum.GetValues<DomainScriptName>().Select(DomainScriptLibrary.Get))
            .ToArray();

        // Assert: one prelude, spliced whole into every script of both families.
        Assert.All(scripts, script =>
        {
            var first = script.IndexOf(prelude, StringComparison.Ordinal);
            Assert.True(first >= 0, "the prelude is not in the script");
            Assert.Equal(-1, script.IndexOf(prelude, first + 1, StringComparison.Ordinal));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(script, @"^function Write-Reply\(", System.Text.RegularExpressions.RegexOptions.Multiline));
        });
    }

    [Fact]
    public void Prelude_OnItsOwn_DefinesTheReplyMarkerTheClientParses()
    {
        // Act
        var prelude = ScriptComposer.Prelude;

        // Assert
        Assert.Contains($"$ReplyMarker = '{ScriptLibrary.ReplyMarker}'", prelude, StringComparison.Ordinal);
        Assert.DoesNotContain("<include", prelude, StringComparison.Ordinal);
    }

    [Fact]
    public void ResourceFileNames_PreludeFamily_HoldsOnlyThePrelude()
    {
        // Act
        var names = ScriptComposer.ResourceFileNames("CertAutoenroll.GroupPolicy.Scripting.");

        // Assert: the shared part is in neither family's list, so neither can carry its own copy by name.
        Assert.Equal([ScriptComposer.PreludeFileName], names);
        Assert.DoesNotContain(ScriptComposer.PreludeFileName, ScriptLibrary.ResourceFileNames);
        Assert.DoesNotContain(ScriptComposer.PreludeFileName, DomainScriptLibrary.ResourceFileNames);
    }

    [Fact]
    public void Get_EveryComposedScript_IsAsciiAsTheEditorConfigSays()
    {
        // Arrange: every part is in some composed script, so this covers each embedded file.
        var scripts = Enum.GetValues<ScriptName>().Select(ScriptLibrary.Get)
            .Concat(Enum.GetValues<DomainScriptName>().Select(DomainScriptLibrary.Get))
            .ToArray();

        // Assert
        Assert.All(scripts, script => Assert.DoesNotContain(script, c => c > '\x7F'));
    }
}
