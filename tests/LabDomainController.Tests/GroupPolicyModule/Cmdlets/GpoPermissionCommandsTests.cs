using System.Text.Json;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>Get-GPPermission, Set-GPPermission and the refused writes of a standard account, in real pwsh (see <see cref="GpoPermissionCommandsScenario"/>).</summary>
public sealed class GpoPermissionCommandsTests(GpoPermissionCommandsScenario scenario) : IClassFixture<GpoPermissionCommandsScenario>
{
    private const string DomainSid = "S-1-5-21-3623811015-3361044348-30300820";
    private const string AccessDeniedHResult = "-2147024891";

    private JsonElement Admin => scenario.Admin;

    private JsonElement Standard => scenario.Standard;

    [Fact]
    public void GetGPPermission_AllOnNewGpo_ListsWindowsDefaultPermissions()
    {
        var all = Admin.GetProperty("all").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}|{p.GetProperty("sidType").GetString()}|{p.GetProperty("permission").GetString()}")
            .OrderBy(t => t, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "Authenticated Users|WellKnownGroup|GpoApply", "Domain Admins|Group|GpoEditDeleteModifySecurity",
                "ENTERPRISE DOMAIN CONTROLLERS|WellKnownGroup|GpoRead", "Enterprise Admins|Group|GpoEditDeleteModifySecurity",
                "SYSTEM|WellKnownGroup|GpoEditDeleteModifySecurity",
            ],
            all);
    }

    [Fact]
    public void GetGPPermission_TargetGroup_ReturnsGPPermissionWithTrusteeSid()
    {
        var permission = Assert.Single(Admin.GetProperty("byGuidTarget").EnumerateArray());

        Assert.Equal("Microsoft.GroupPolicy.GPPermission", permission.GetProperty("typeName").GetString());
        Assert.Equal("Microsoft.GroupPolicy.GPTrustee", permission.GetProperty("trusteeType").GetString());
        Assert.Equal("LAB", permission.GetProperty("domain").GetString());
        Assert.Equal(DomainSid + "-512", permission.GetProperty("sid").GetString());
        Assert.Equal("GpoEditDeleteModifySecurity", permission.GetProperty("permission").GetString());
        Assert.False(permission.GetProperty("denied").GetBoolean());
        Assert.False(permission.GetProperty("inherited").GetBoolean());
    }

    [Fact]
    public void GetGPPermission_PipedGpoAndAlias_Work()
    {
        Assert.Equal(5, Admin.GetProperty("byPipeline").GetInt32());
        Assert.Equal("Get-GPPermission", Admin.GetProperty("alias").GetString());
        Assert.Contains("Domain Admins=GpoEditDeleteModifySecurity", Admin.GetProperty("defaultDomainPolicy").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("missingName", "GpoWithNameNotFound,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand")]
    [InlineData("missingGuid", "GpoWithIdNotFound,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand")]
    [InlineData("unknownTrustee", "System.ArgumentException,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand")]
    [InlineData("wrongType", "System.ArgumentException,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand")]
    [InlineData("noPermission", "System.ArgumentException,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand")]
    public void GetGPPermission_NothingToReport_WritesTheErrorIdAsObjectNotFound(string check, string id)
    {
        var error = Admin.GetProperty(check);

        Assert.Equal(id, error.GetProperty("id").GetString());
        Assert.Equal("ObjectNotFound", error.GetProperty("category").GetString());
    }

    [Fact]
    public void GetGPPermission_TrusteeWithoutPermission_IsNonTerminating()
    {
        var check = Admin.GetProperty("noPermissionNonTerminating");

        Assert.True(check.GetProperty("nothing").GetBoolean());
        Assert.Equal(1, check.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void SetGPPermission_GpoEdit_GrantsItAndALowerLevelNeedsReplace()
    {
        var granted = Assert.Single(Admin.GetProperty("granted").EnumerateArray());

        Assert.Equal("GpoEdit", granted.GetProperty("permission").GetString());
        Assert.Equal("User", granted.GetProperty("sidType").GetString());
        Assert.Equal(GpoPermissionCommandsScenario.Reader, granted.GetProperty("name").GetString());
        Assert.Equal("GpoEdit", Admin.GetProperty("lowerWithoutReplace").GetString());
        Assert.Equal("GpoRead", Admin.GetProperty("lowerWithReplace").GetString());
        Assert.Equal("System.ArgumentException,Microsoft.GroupPolicy.Commands.GetGPPermissionCommand", Admin.GetProperty("removed").GetProperty("id").GetString());
    }

    [Fact]
    public void SetGPPermission_EditForAnApplyTrustee_ShowsBothLevels()
    {
        Assert.Equal(new[] { "GpoApply", "GpoEdit" }, Admin.GetProperty("applyAndEdit").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray());
    }

    [Fact]
    public void StandardAccount_ReadsGposAndItsTokenHasOnlyDomainUsers()
    {
        Assert.Equal(GpoPermissionCommandsScenario.Reader, Standard.GetProperty("username").GetString());
        Assert.Equal("Locked", Standard.GetProperty("readLocked").GetString());
        Assert.Equal(5, Standard.GetProperty("permissionsOfLocked").GetInt32());
        Assert.Equal(new[] { DomainSid + "-513" }, Standard.GetProperty("tokenGroups").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray());
    }

    [Theory]
    [InlineData("setValue", "SetGPRegistryValueCommand")]
    [InlineData("setValueAfterEnvChange", "SetGPRegistryValueCommand")]
    [InlineData("rename", "RenameGpoCommand")]
    [InlineData("removeGranted", "RemoveGpoCommand")]
    [InlineData("newGpo", "NewGpoCommand")]
    [InlineData("link", "NewGPLinkCommand")]
    [InlineData("setPermission", "SetGPPermissionCommand")]
    public void StandardAccount_WriteWithoutTheRight_IsAccessDeniedAsOnWindows(string check, string command)
    {
        var error = Standard.GetProperty(check);

        Assert.Equal($"System.UnauthorizedAccessException,Microsoft.GroupPolicy.Commands.{command}", error.GetProperty("id").GetString());
        Assert.Equal("NotSpecified", error.GetProperty("category").GetString());
        Assert.Equal(AccessDeniedHResult, error.GetProperty("hresult").ToString());
    }

    [Fact]
    public void StandardAccount_SetDescriptionWithoutTheRight_FailsWithUnauthorizedAccessInside()
    {
        var error = Standard.GetProperty("description");

        Assert.Equal("System.UnauthorizedAccessException", error.GetProperty("innermost").GetString());
        Assert.Equal(AccessDeniedHResult, error.GetProperty("hresult").ToString());
    }

    [Theory]
    [InlineData("setValueGranted")]
    [InlineData("removeValueGranted")]
    public void StandardAccount_GrantedGpoEdit_MayEditSettings(string check)
    {
        Assert.True(Standard.GetProperty(check).GetProperty("ok").GetBoolean(), Standard.GetProperty(check).ToString());
    }
}
