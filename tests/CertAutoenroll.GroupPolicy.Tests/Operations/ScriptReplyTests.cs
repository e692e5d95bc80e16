using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Registry;
using CertAutoenroll.WinRm.PowerShell;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

public sealed class ScriptReplyTests
{
    private const string Item =
        """{"ok":true,"gpoId":"{31B2F340-016D-11D2-945F-00C04FB984F9}","gpoName":"Default Domain Policy","domain":"lab.test","scope":"User","key":"HKCU\\Software\\Policies\\Microsoft\\Cryptography\\AutoEnrollment","values":[{"name":"AEPolicy","type":"DWord","data":32775},{"name":"Extra","type":"MultiString","data":["a","b"]},{"name":"Blob","type":"Binary","data":"AQI="},{"name":"Big","type":"QWord","data":"18446744073709551615"}],"changed":true,"previousAePolicy":4294967295}""";

    [Fact]
    public void Parse_ReplyAmidOtherOutput_ReadsStateAndKeepsUnmanagedValues()
    {
        // Arrange
        var result = FakePowerShellSession.Reply($$"""{"ok":true,"version":"x","items":[{{Item}}]}""", errors: "progress noise");

        // Act
        var state = Assert.Single(ScriptReply.Parse(result, "ctx")).GetStateOrThrow("ctx");

        // Assert
        Assert.Equal(new Guid("31B2F340-016D-11D2-945F-00C04FB984F9"), state.GpoId);
        Assert.Equal(PolicyScope.User, state.Scope);
        Assert.Equal(0x8007u, state.AePolicy);
        Assert.Equal(ConfigurationModel.Disabled, state.Settings!.ConfigurationModel);
        Assert.Equal(0xFFFFFFFFu, state.PreviousAePolicy);
        Assert.True(state.Changed);
        Assert.Equal(
            [
                new PolicyRegistryValue("Extra", RegistryValueKind.MultiString, new[] { "a", "b" }),
                new PolicyRegistryValue("Blob", RegistryValueKind.Binary, new byte[] { 1, 2 }),
                new PolicyRegistryValue("Big", RegistryValueKind.QWord, ulong.MaxValue),
            ],
            state.UnmanagedValues);
    }

    [Theory]
    [InlineData("gpoNotFound", GroupPolicyErrorCode.GpoNotFound)]
    [InlineData("ambiguousGpoName", GroupPolicyErrorCode.AmbiguousGpoName)]
    [InlineData("accessDenied", GroupPolicyErrorCode.AccessDenied)]
    [InlineData("moduleMissing", GroupPolicyErrorCode.ModuleMissing)]
    [InlineData("somethingNew", GroupPolicyErrorCode.Unexpected)]
    public void Parse_TopLevelError_ThrowsWithTheMappedCodeAndContext(string code, GroupPolicyErrorCode expected)
    {
        // Arrange
        var result = FakePowerShellSession.Reply("{\"ok\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"boom\"}}");

        // Act
        var error = Assert.Throws<GroupPolicyException>(() => ScriptReply.Parse(result, "GPO 'x', scope User"));

        // Assert
        Assert.Equal(expected, error.Code);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.Contains("GPO 'x', scope User", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoMarker_ThrowsUnexpectedQuotingABoundedExcerptOfErrors()
    {
        // Arrange
        var errors = "Import failed\r\n" + new string('e', 5000);
        var result = new PowerShellResult("some output", errors, false);

        // Act
        var error = Assert.Throws<GroupPolicyException>(() => ScriptReply.Parse(result, "ctx"));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.Unexpected, error.Code);
        Assert.Contains("Import failed", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1200, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_TwoMarkerLines_ThrowsUnexpected()
    {
        // Arrange
        var line = """##CERTAUTOENROLL-REPLY## {"ok":true,"items":[]}""";
        var result = new PowerShellResult(line + "\n" + line, string.Empty, true);

        // Act
        var error = Assert.Throws<GroupPolicyException>(() => ScriptReply.Parse(result, "ctx"));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.Unexpected, error.Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"ok":true}""")]
    [InlineData("""{"ok":true,"items":[{"ok":true}]}""")]
    public void Parse_MalformedReply_ThrowsUnexpected(string json)
    {
        // Arrange
        var result = FakePowerShellSession.Reply(json);

        // Act
        var error = Assert.Throws<GroupPolicyException>(() => ScriptReply.Parse(result, "ctx"));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.Unexpected, error.Code);
    }

    [Fact]
    public void Parse_ValuesAsSingleObject_IsReadAsOneValue()
    {
        // Arrange
        var item = Item.Replace("""[{"name":"AEPolicy","type":"DWord","data":32775},{"name":"Extra","type":"MultiString","data":["a","b"]},{"name":"Blob","type":"Binary","data":"AQI="},{"name":"Big","type":"QWord","data":"18446744073709551615"}]""", """{"name":"AEPolicy","type":"DWord","data":7}""", StringComparison.Ordinal);
        var result = FakePowerShellSession.Reply($$"""{"ok":true,"items":[{{item}}]}""");

        // Act
        var state = Assert.Single(ScriptReply.Parse(result, "ctx")).GetStateOrThrow("ctx");

        // Assert
        Assert.Equal(7u, state.AePolicy);
        Assert.Empty(state.UnmanagedValues);
    }
}
