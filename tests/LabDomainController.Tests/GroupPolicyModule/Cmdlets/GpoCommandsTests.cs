using System.Text.Json;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>Get-GPO, New-GPO, Remove-GPO and New-GPLink in real pwsh (one run, see <see cref="GpoCommandsScenario"/>).</summary>
public sealed class GpoCommandsTests(GpoCommandsScenario scenario) : IClassFixture<GpoCommandsScenario>
{
    private JsonElement Result => scenario.Result;

    private string NewId => Result.GetProperty("newGpo").GetProperty("id").GetString()!;

    [Fact]
    public void NewGpo_Name_ReturnsGpoObjectShapedLikeWindows()
    {
        var gpo = Result.GetProperty("newGpo");

        Assert.Equal("Alpha", gpo.GetProperty("name").GetString());
        Assert.Equal("lab.test", gpo.GetProperty("domain").GetString());
        Assert.Equal(@"LAB\Domain Admins", gpo.GetProperty("owner").GetString());
        Assert.Equal("first", gpo.GetProperty("description").GetString());
        Assert.Equal("AllSettingsEnabled", gpo.GetProperty("status").GetString());
        Assert.Equal("AD Version: 0, SysVol Version: 0", gpo.GetProperty("user").GetString());
        Assert.Equal("AD Version: 0, SysVol Version: 0", gpo.GetProperty("computer").GetString());
        Assert.Equal("Microsoft.GroupPolicy.Gpo", gpo.GetProperty("typeName").GetString());
        Assert.True(gpo.GetProperty("created").GetBoolean());
        Assert.True(Guid.TryParseExact(NewId, "D", out _), NewId);
        Assert.Equal($"cn={{{NewId.ToUpperInvariant()}}},cn=policies,cn=system,DC=lab,DC=test", gpo.GetProperty("path").GetString());
    }

    [Fact]
    public void NewGpo_Name_IsStoredInSysvol()
    {
        var gpo = LabSysvol.GetGpo(scenario.DataDirectory, Guid.Parse(NewId));

        Assert.Equal("Alpha", gpo.DisplayName);
        Assert.Equal(default, gpo.SysvolVersion);
    }

    [Theory]
    [InlineData("byName")]
    [InlineData("byDisplayNameAlias")]
    [InlineData("byPosition")]
    public void GetGpo_ByName_FindsTheGpoIgnoringCase(string check)
    {
        Assert.Equal(NewId, Result.GetProperty(check).GetString());
    }

    [Theory]
    [InlineData("byGuid")]
    [InlineData("byIdAliasBraced")]
    [InlineData("byPipeline")]
    public void GetGpo_ByGuid_FindsTheGpo(string check)
    {
        Assert.Equal("Alpha", Result.GetProperty(check).GetString());
    }

    [Fact]
    public void GetGpo_DefaultGpos_ExistInNewDomain()
    {
        Assert.Equal("Default Domain Policy", Result.GetProperty("defaultDomainPolicy").GetString());
        Assert.Equal("6ac1786c-016f-11d2-945f-00c04fb984f9", Result.GetProperty("defaultControllersPolicy").GetString());
    }

    [Fact]
    public void GetGpo_All_ListsEveryGpoOfTheDomain()
    {
        var names = Result.GetProperty("all").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(["Alpha", "Default Domain Controllers Policy", "Default Domain Policy", "Twin", "Twin"], names);
    }

    [Fact]
    public void GetGpo_MissingName_WritesGpoWithNameNotFound()
    {
        var error = Result.GetProperty("missingName");

        Assert.Equal("GpoWithNameNotFound,Microsoft.GroupPolicy.Commands.GetGpoCommand", error.GetProperty("id").GetString());
        Assert.Equal("GPO with name \"No Such GPO\" was not found in the lab.test domain.", error.GetProperty("message").GetString());
        Assert.Equal("ObjectNotFound", error.GetProperty("category").GetString());
        Assert.Equal("System.ArgumentException", error.GetProperty("exception").GetString());
    }

    [Fact]
    public void GetGpo_MissingGuid_WritesGpoWithIdNotFound()
    {
        var error = Result.GetProperty("missingGuid");

        Assert.Equal("GpoWithIdNotFound,Microsoft.GroupPolicy.Commands.GetGpoCommand", error.GetProperty("id").GetString());
        Assert.Contains("{0BADC0DE-2222-4222-8222-000000000000}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetGpo_AmbiguousName_WritesGpoWithNameNotUnique()
    {
        var error = Result.GetProperty("ambiguous");

        Assert.Equal("GpoWithNameNotUnique,Microsoft.GroupPolicy.Commands.GetGpoCommand", error.GetProperty("id").GetString());
        Assert.Contains("There are 2 GPOs with the name \"Twin\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Twin", Result.GetProperty("twinByGuid").GetString());
    }

    [Fact]
    public void GetGpo_OtherDomain_ThrowsTerminatingDomainError()
    {
        var error = Result.GetProperty("otherDomain");

        Assert.Equal("DomainNotContacted,Microsoft.GroupPolicy.Commands.GetGpoCommand", error.GetProperty("id").GetString());
        Assert.Contains("could not be contacted", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(Result.GetProperty("domainIsTerminating").GetBoolean());
        Assert.Equal("Alpha", Result.GetProperty("explicitDomain").GetString());
    }

    [Theory]
    [InlineData("noServer", "GetGpoCommand")]
    [InlineData("noServerWrite", "NewGpoCommand")]
    [InlineData("otherServer", "GetGpoCommand")]
    public void Cmdlet_WithoutServerOrNamingAnotherDc_FailsWithTheSecondHopError(string check, string command)
    {
        var error = Result.GetProperty(check);

        Assert.Equal("System.Runtime.InteropServices.COMException,Microsoft.GroupPolicy.Commands." + command, error.GetProperty("id").GetString());
        Assert.Equal("NotSpecified", error.GetProperty("category").GetString());
        Assert.Equal(unchecked((int)0x80072020), error.GetProperty("hresult").GetInt32());
        Assert.Equal("An operations error occurred. (Exception from HRESULT: 0x80072020)", error.GetProperty("message").GetString());
        Assert.Equal(0, Result.GetProperty("neverCreated").GetInt32());
    }

    [Fact]
    public void GetGpo_ServerNamingTheLabByNetBiosName_Works()
    {
        Assert.Equal("Alpha", Result.GetProperty("byNetBiosServer").GetString());
    }

    [Fact]
    public void LabPowerShell_Environment_ShowsTheDcNamesAsWindowsDoes()
    {
        var environment = Result.GetProperty("environment");

        Assert.Equal("DC01", environment.GetProperty("computerName").GetString());
        Assert.Equal("LAB.TEST", environment.GetProperty("userDnsDomain").GetString());
        Assert.Equal("LAB", environment.GetProperty("userDomain").GetString());
    }

    [Fact]
    public void GetGpo_MissingNameWithSilentlyContinue_IsNonTerminating()
    {
        var outcome = Result.GetProperty("nonTerminating");

        Assert.True(outcome.GetProperty("nothingReturned").GetBoolean());
        Assert.Equal(1, outcome.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void NewGpo_NameInUse_WritesGpoWithNameAlreadyExists()
    {
        Assert.Equal("GpoWithNameAlreadyExists,Microsoft.GroupPolicy.Commands.NewGpoCommand", Result.GetProperty("duplicateNew").GetProperty("id").GetString());
    }

    [Fact]
    public void NewGpo_HostileName_IsStoredVerbatimAndFoundByName()
    {
        var hostile = Result.GetProperty("hostile");

        Assert.Equal(GpoCommandsScenario.HostileName, hostile.GetProperty("created").GetString());
        Assert.Equal(hostile.GetProperty("id").GetString(), hostile.GetProperty("byName").GetString());
        Assert.Equal(GpoCommandsScenario.HostileName, LabSysvol.GetGpo(scenario.DataDirectory, Guid.Parse(hostile.GetProperty("id").GetString()!)).DisplayName);
    }

    [Fact]
    public void NewGpLink_Target_ReturnsLinkAndStoresIt()
    {
        var link = Result.GetProperty("link");

        Assert.Equal(NewId, link.GetProperty("gpoId").GetString());
        Assert.Equal("OU=Workstations,DC=lab,DC=test", link.GetProperty("target").GetString());
        Assert.True(link.GetProperty("enabled").GetBoolean());
        Assert.True(link.GetProperty("enforced").GetBoolean());
        Assert.Equal(1, link.GetProperty("order").GetInt32());
        Assert.Equal(2, Result.GetProperty("secondLinkOrder").GetInt32());
        var stored = Assert.Single(LabSysvol.GetGpo(scenario.DataDirectory, Guid.Parse(NewId)).Links);
        Assert.Equal(new LabGpoLink("OU=Workstations,DC=lab,DC=test", true, true, 1), stored);
    }

    [Theory]
    [InlineData("linkOutsideDomain", "InvalidLinkTarget,Microsoft.GroupPolicy.Commands.NewGPLinkCommand")]
    [InlineData("linkTwice", "GpoLinkAlreadyExists,Microsoft.GroupPolicy.Commands.NewGPLinkCommand")]
    public void NewGpLink_BadTarget_WritesError(string check, string errorId)
    {
        Assert.Equal(errorId, Result.GetProperty(check).GetProperty("id").GetString());
    }

    [Fact]
    public void RemoveGpo_Name_DeletesTheGpo()
    {
        Assert.Equal("GpoWithIdNotFound,Microsoft.GroupPolicy.Commands.GetGpoCommand", Result.GetProperty("removedIsGone").GetProperty("id").GetString());
        Assert.Equal("GpoWithNameNotFound,Microsoft.GroupPolicy.Commands.RemoveGpoCommand", Result.GetProperty("removeMissing").GetProperty("id").GetString());
        Assert.DoesNotContain(LabSysvol.ListGpos(scenario.DataDirectory), g => g.DisplayName == "Doomed");
    }
}
