using System.Text.Json;
using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>Set-, Get- and Remove-GPRegistryValue in real pwsh (one run, see <see cref="RegistryValueCommandsScenario"/>).</summary>
public sealed class RegistryValueCommandsTests(RegistryValueCommandsScenario scenario) : IClassFixture<RegistryValueCommandsScenario>
{
    private const string Key = @"Software\Policies\Lab\Values";
    private const string NotFoundMessage =
        "The following Group Policy registry setting was not found: \"HKEY_CURRENT_USER\\Software\\Policies\\Lab\\Values\".\r\nParameter name: keyPath";

    private JsonElement Result => scenario.Result;

    private static IReadOnlyList<RegistryPolEntry> ExpectedUserEntries { get; } =
    [
        RegistryPolEntry.String(Key, "Str", "hello"),
        RegistryPolEntry.ExpandString(Key, "Exp", @"%SystemRoot%\x"),
        RegistryPolEntry.Binary(Key, "Bin", [1, 2, 255]),
        RegistryPolEntry.DWord(Key, "Dw", 7),
        RegistryPolEntry.DWord(Key, "DwHigh", 0x80000000),
        RegistryPolEntry.MultiString(Key, "Multi", ["a", "b", "c"]),
        RegistryPolEntry.QWord(Key, "Qw", 0x100000000),
    ];

    [Fact]
    public void SetGPRegistryValue_EveryType_WritesTheRegistryPolEntries()
    {
        var entries = RegistryPolReader.Read(File.ReadAllBytes(Path.Combine(scenario.DataDirectory, RegistryValueCommandsScenario.SnapshotFile)));

        GoldenFiles.AssertSameEntries(ExpectedUserEntries, entries);
    }

    [Fact]
    public async Task SetGPRegistryValue_EveryType_SambaReadsTheFile()
    {
        var parsed = await SambaPregParser.ParseAsync(Path.Combine(scenario.DataDirectory, RegistryValueCommandsScenario.SnapshotFile), CancellationToken.None);

        Assert.Equal(ExpectedUserEntries.Select(SambaPregParser.Expected), parsed);
    }

    [Fact]
    public void SetGPRegistryValue_Call_ReturnsTheGpo()
    {
        Assert.Equal("Microsoft.GroupPolicy.Gpo", Result.GetProperty("setReturns").GetString());
        Assert.Equal("Microsoft.GroupPolicy.Gpo", Result.GetProperty("removeReturns").GetString());
    }

    [Theory]
    [InlineData(0, "Str", "String", "System.String", "\"hello\\u0000\"")]
    [InlineData(1, "Exp", "ExpandString", "System.String", "\"%SystemRoot%\\\\x\\u0000\"")]
    [InlineData(2, "Bin", "Binary", "System.Byte[]", "[1,2,255]")]
    [InlineData(3, "Dw", "DWord", "System.UInt32", "7")]
    [InlineData(4, "DwHigh", "DWord", "System.UInt32", "2147483648")]
    [InlineData(5, "Multi", "MultiString", "System.String[]", "[\"a\",\"b\",\"c\"]")]
    [InlineData(6, "Qw", "QWord", "System.UInt64", "4294967296")]
    public void GetGPRegistryValue_KeyOnly_ListsEachValueTyped(int index, string name, string type, string valueType, string valueJson)
    {
        var setting = Result.GetProperty("listing")[index];

        Assert.Equal(name, setting.GetProperty("valueName").GetString());
        Assert.Equal(type, setting.GetProperty("type").GetString());
        Assert.Equal(valueType, setting.GetProperty("valueType").GetString());
        Assert.Equal(valueJson, setting.GetProperty("value").GetRawText());
        Assert.Equal("Set", setting.GetProperty("state").GetString());
        Assert.True(setting.GetProperty("hasValue").GetBoolean());
    }

    [Fact]
    public void GetGPRegistryValue_ValueName_ReturnsPolicyRegistrySetting()
    {
        var setting = Result.GetProperty("single");

        Assert.Equal("Microsoft.GroupPolicy.PolicyRegistrySetting", setting.GetProperty("typeName").GetString());
        Assert.Equal(Key, setting.GetProperty("keyPath").GetString());
        Assert.Equal(@"HKEY_CURRENT_USER\" + Key, setting.GetProperty("fullKeyPath").GetString());
        Assert.Equal("CurrentUser", setting.GetProperty("hive").GetString());
        Assert.Equal("Dw", setting.GetProperty("valueName").GetString());
        Assert.Equal(7, setting.GetProperty("value").GetInt32());
    }

    [Fact]
    public void GetGPRegistryValue_MachineKey_ReadsMachineRegistryPol()
    {
        var setting = Result.GetProperty("machine");

        Assert.Equal("LocalMachine", setting.GetProperty("hive").GetString());
        Assert.Equal(@"HKEY_LOCAL_MACHINE\" + Key, setting.GetProperty("fullKeyPath").GetString());
        var entry = Assert.Single(LabSysvol.ReadRegistryPol(scenario.DataDirectory, scenario.GpoId, GpoSection.Machine));
        Assert.True(RegistryPolEntry.DWord(Key, "AEPolicy", 7).ContentEquals(entry));
    }

    [Theory]
    [InlineData("absentValue")]
    [InlineData("afterKeyRemove")]
    public void GetGPRegistryValue_Absent_WritesWindowsNotFoundError(string check)
    {
        var error = Result.GetProperty(check);

        Assert.Equal("System.ArgumentException,Microsoft.GroupPolicy.Commands.GetGPRegistryValueCommand", error.GetProperty("id").GetString());
        Assert.Equal(NotFoundMessage, error.GetProperty("message").GetString());
        Assert.Equal("keyPath", error.GetProperty("paramName").GetString());
        Assert.True(error.GetProperty("isArgumentException").GetBoolean());
        Assert.True(Result.GetProperty("absentNonTerminating").GetBoolean());
    }

    [Fact]
    public void GetGPRegistryValue_AbsentKey_NamesThatKey()
    {
        Assert.Contains("\"HKEY_CURRENT_USER\\Software\\Policies\\Nothing\"", Result.GetProperty("absentKey").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("badKey", "InvalidKeyPath,Microsoft.GroupPolicy.Commands.GetGPRegistryValueCommand")]
    [InlineData("missingGpo", "GpoWithNameNotFound,Microsoft.GroupPolicy.Commands.GetGPRegistryValueCommand")]
    [InlineData("badDWord", "InvalidValue,Microsoft.GroupPolicy.Commands.SetGPRegistryValueCommand")]
    [InlineData("noType", "MissingTypeOrValue,Microsoft.GroupPolicy.Commands.SetGPRegistryValueCommand")]
    [InlineData("removeAbsent", "UnableToRemovePolicyRegistryItem,Microsoft.GroupPolicy.Commands.RemoveGPRegistryValueCommand")]
    public void Cmdlet_BadRequest_WritesErrorWithId(string check, string errorId)
    {
        Assert.Equal(errorId, Result.GetProperty(check).GetProperty("id").GetString());
    }

    [Fact]
    public void SetGPRegistryValue_EachCall_BumpsItsHalfInAdAndSysvol()
    {
        AssertVersions("versionsAfterSet", user: 7, computer: 1);
        AssertVersions("versionsAfterSameSet", user: 8, computer: 1);
        AssertVersions("versionsAfterFailures", user: 8, computer: 1);
        AssertVersions("versionsAfterRemove", user: 9, computer: 1);
        AssertVersions("versionsAtEnd", user: 13, computer: 1);
        AssertVersions("otherGpoUntouched", user: 0, computer: 0);
    }

    [Fact]
    public void SetGPRegistryValue_BothSections_RegistersRegistryExtensionWithItsTool()
    {
        var gpo = LabSysvol.GetGpo(scenario.DataDirectory, scenario.GpoId);

        Assert.Equal("[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F73-3407-48AE-BA88-E8213C6761F1}]", gpo.UserExtensionNames);
        Assert.Equal("[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]", gpo.MachineExtensionNames);
        Assert.Equal(new GpoVersion(13, 1), gpo.SysvolVersion);
        Assert.Equal(gpo.SysvolVersion, gpo.DirectoryVersion);
    }

    [Fact]
    public void RemoveGPRegistryValue_ValueName_RemovesOnlyThatValue()
    {
        var names = Result.GetProperty("namesAfterRemove").EnumerateArray().Select(e => e.GetString()!).ToArray();

        Assert.Equal(["Exp", "Bin", "Dw", "DwHigh", "Multi", "Qw"], names);
    }

    [Fact]
    public void SetGPRegistryValue_Disable_ReportsDeleteState()
    {
        var setting = Result.GetProperty("disabled");

        Assert.Equal("Delete", setting.GetProperty("state").GetString());
        Assert.Equal("Dw", setting.GetProperty("valueName").GetString());
        Assert.Equal("String", setting.GetProperty("type").GetString());
        Assert.True(setting.GetProperty("hasValue").GetBoolean());
    }

    [Fact]
    public void GetGPRegistryValue_ParentKey_ListsSubkeyWithOnlyItsPlace()
    {
        var setting = Assert.Single(Result.GetProperty("parentListing").EnumerateArray());

        Assert.Equal("Microsoft.GroupPolicy.RegistrySetting", setting.GetProperty("typeName").GetString());
        Assert.Equal(Key, setting.GetProperty("keyPath").GetString());
        Assert.Equal(@"HKEY_CURRENT_USER\" + Key, setting.GetProperty("fullKeyPath").GetString());
        Assert.Equal("CurrentUser", setting.GetProperty("hive").GetString());
        Assert.Equal(string.Empty, setting.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, setting.GetProperty("hasValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, setting.GetProperty("valueName").ValueKind);
    }

    [Fact]
    public void RemoveGPRegistryValue_KeyWithSubkeySettings_ErrorsAndRemovesNothing()
    {
        var error = Result.GetProperty("removeKeyWithSubkeys");
        var names = Result.GetProperty("namesAfterRefusedRemove").EnumerateArray().Select(e => e.GetString()!).ToArray();

        Assert.Equal("UnableToRemovePolicyRegistryItem,Microsoft.GroupPolicy.Commands.RemoveGPRegistryValueCommand", error.GetProperty("id").GetString());
        Assert.Equal(["Exp", "Bin", "Dw", "DwHigh", "Multi", "Qw"], names);
    }

    [Fact]
    public void RemoveGPRegistryValue_TwoValueNames_RefusedBecauseValueNameIsOneString()
    {
        var error = Result.GetProperty("removeTwoNames");

        Assert.StartsWith("CannotConvertArgument,", error.GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetGpo_PositionalGuid_BindsTheDefaultParameterSetByGuid()
    {
        Assert.Equal("Registry", Result.GetProperty("byPositionGuid").GetString());
    }

    [Fact]
    public void RemoveGPRegistryValue_KeyOnlyOnceSubkeysAreGone_RemovesTheKeysValues()
    {
        Assert.Empty(LabSysvol.ReadRegistryPol(scenario.DataDirectory, scenario.GpoId, GpoSection.User));
    }

    private void AssertVersions(string check, int user, int computer)
    {
        var versions = Result.GetProperty(check);
        Assert.Equal(
            (user, user, computer, computer),
            (versions.GetProperty("user").GetInt32(), versions.GetProperty("userSysvol").GetInt32(),
                versions.GetProperty("computer").GetInt32(), versions.GetProperty("computerSysvol").GetInt32()));
    }
}
