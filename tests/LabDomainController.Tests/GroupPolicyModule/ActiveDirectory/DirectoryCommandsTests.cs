using System.Text.Json;

namespace LabDomainController.Tests.GroupPolicyModule.ActiveDirectory;

/// <summary>The lab ActiveDirectory and link cmdlets in real pwsh (one run, see <see cref="DirectoryCommandsScenario"/>).</summary>
public sealed class DirectoryCommandsTests(DirectoryCommandsScenario scenario) : IClassFixture<DirectoryCommandsScenario>
{
    private const string DomainSid = "S-1-5-21-3623811015-3361044348-30300820";

    private JsonElement Result => scenario.Result;

    [Fact]
    public void GetADObject_TemplateWithSecurityDescriptor_OffersSddlAndAccessRulesAsOnWindows()
    {
        var template = Result.GetProperty("template");

        Assert.Equal("pKICertificateTemplate", template.GetProperty("class").GetString());
        Assert.Equal("Microsoft.ActiveDirectory.Management.ADObject", template.GetProperty("typeNames")[0].GetString());
        Assert.StartsWith("D:PAI(OA;;CR;0e10c968-78fb-11d2-90d4-00c04f79dc55;;DU)", template.GetProperty("dacl").GetString(), StringComparison.Ordinal);
        Assert.Equal(@"LAB\Enterprise Admins", template.GetProperty("owner").GetString());
        var rules = template.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("identity").GetString() == @"LAB\Domain Users"
            && r.GetProperty("rights").GetString() == "ExtendedRight"
            && r.GetProperty("objectType").GetString() == "0e10c968-78fb-11d2-90d4-00c04f79dc55"
            && r.GetProperty("type").GetString() == "Allow");
        Assert.Contains(rules, r => r.GetProperty("identity").GetString() == @"NT AUTHORITY\Authenticated Users" && r.GetProperty("rights").GetString() == "GenericRead");
        Assert.True(Result.GetProperty("withoutProperties").GetBoolean());
    }

    [Fact]
    public void GetADObject_MissingDn_ThrowsTerminatingIdentityNotFound()
    {
        var missing = Result.GetProperty("missingObject");

        Assert.Equal("ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException,Microsoft.ActiveDirectory.Management.Commands.GetADObject", missing.GetProperty("id").GetString());
        Assert.Equal("Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException", missing.GetProperty("exception").GetString());
        Assert.Equal("Microsoft.ActiveDirectory.Management.ADException", missing.GetProperty("baseException").GetString());
        Assert.Equal("ObjectNotFound", missing.GetProperty("category").GetString());
        Assert.True(Result.GetProperty("missingObjectIsTerminating").GetBoolean());
    }

    [Fact]
    public void SetSecurityDescriptor_EditedSddl_IsStoredWithAliasesAndBadSddlIsRefused()
    {
        Assert.EndsWith("(A;;LCRPLORC;;;" + DomainSid + "-1103)", Result.GetProperty("written").GetString(), StringComparison.Ordinal);
        // A .NET method throws through PowerShell as MethodInvocationException around the method's own exception.
        Assert.Equal("System.Management.Automation.MethodInvocationException", Result.GetProperty("badSddl").GetProperty("exception").GetString());
        Assert.Equal("System.ArgumentException", Result.GetProperty("badSddl").GetProperty("inner").GetString());
        Assert.Equal("System.ArgumentException", Result.GetProperty("setUnknown").GetProperty("exception").GetString());
    }

    [Fact]
    public void GetAccounts_ByEachIdentityKind_FindWellKnownRids()
    {
        var users = Result.GetProperty("users");

        Assert.Equal(DomainSid + "-500", users.GetProperty("bySam").GetString());
        Assert.Equal("alice", users.GetProperty("bySid").GetString());
        Assert.Equal(1, users.GetProperty("byUpn").GetInt32());
        Assert.Equal(DomainSid + "-513", users.GetProperty("groupSid").GetString());
        Assert.Equal(DomainSid + "-519", users.GetProperty("enterpriseAdmins").GetString());
        Assert.Equal("Domain Admins", users.GetProperty("domainAdmins").GetString());
        Assert.Equal(DomainSid + "-515", users.GetProperty("domainComputers").GetString());
        Assert.Equal("CN=WS01,OU=Workstations,DC=lab,DC=test", users.GetProperty("computer").GetString());
        Assert.Equal("ws01.lab.test", users.GetProperty("computerDollar").GetString());
        Assert.Equal("Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException", users.GetProperty("groupIsNoUser").GetProperty("exception").GetString());
    }

    [Fact]
    public void GetADDomainAndRootDse_ReportTheLabDomain()
    {
        var domain = Result.GetProperty("domain");

        Assert.Equal(DomainSid, domain.GetProperty("sid").GetString());
        Assert.Equal("LAB", domain.GetProperty("netbios").GetString());
        Assert.Equal("lab.test", domain.GetProperty("dns").GetString());
        Assert.Equal("CN=Configuration,DC=lab,DC=test", Result.GetProperty("rootDse").GetString());
        Assert.Equal("Staff", Result.GetProperty("ou").GetString());
    }

    [Fact]
    public void AnyCmdlet_OtherServer_FailsServerDown()
    {
        Assert.Equal("Microsoft.ActiveDirectory.Management.ADServerDownException", Result.GetProperty("otherServer").GetProperty("exception").GetString());
    }

    [Fact]
    public void NewGpLink_WithOrder_KeepsGpLinkAsWindowsDoesLastEntryFirstInOrder()
    {
        var gpLink = Result.GetProperty("gpLinkAfterTwo").GetString()!;
        var som = Result.GetProperty("som");

        Assert.Matches(@"^\[LDAP://cn=\{[0-9A-F-]{36}\},cn=policies,cn=system,DC=lab,DC=test;0\]\[LDAP://cn=\{[0-9A-F-]{36}\},cn=policies,cn=system,DC=lab,DC=test;2\]$", gpLink);
        Assert.Equal("OU", som.GetProperty("type").GetString());
        Assert.Equal("Staff", som.GetProperty("name").GetString());
        Assert.False(som.GetProperty("blocked").GetBoolean());
        var links = som.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["Link B", "Link A"], links.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([1, 2], links.Select(l => l.GetProperty("order").GetInt32()));
        Assert.Equal("OU=Staff,DC=lab,DC=test", links[0].GetProperty("target").GetString());
        Assert.Equal(["Link B", "Link A", "Default Domain Policy"], som.GetProperty("inherited").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void SetGpLink_OrderAndEnabled_ChangesOnlyThoseAndShiftsTheOther()
    {
        var set = Result.GetProperty("setLink");

        Assert.Equal(1, set.GetProperty("order").GetInt32());
        Assert.False(set.GetProperty("enabled").GetBoolean());
        Assert.False(set.GetProperty("enforced").GetBoolean());
        Assert.Equal(2, set.GetProperty("bOrder").GetInt32());
    }

    [Theory]
    [InlineData("setBadOrder", "InvalidLinkOrder,Microsoft.GroupPolicy.Commands.SetGPLinkCommand")]
    [InlineData("setUnlinked", "GpoLinkNotFound,Microsoft.GroupPolicy.Commands.SetGPLinkCommand")]
    [InlineData("removeUnlinked", "GpoLinkNotFound,Microsoft.GroupPolicy.Commands.RemoveGPLinkCommand")]
    [InlineData("siteInheritance", "InvalidSomPath,Microsoft.GroupPolicy.Commands.GetGPInheritanceCommand")]
    [InlineData("linkToMissingOu", "InvalidLinkTarget,Microsoft.GroupPolicy.Commands.NewGPLinkCommand")]
    public void LinkCmdlets_BadRequest_WriteTheirError(string check, string errorId)
    {
        Assert.Equal(errorId, Result.GetProperty(check).GetProperty("id").GetString());
    }

    [Fact]
    public void RemoveGpLink_OneLink_LeavesTheOthers()
    {
        Assert.Equal(["Link B"], Result.GetProperty("afterRemove").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Default Domain Policy"], Result.GetProperty("rootLinks").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void RenameGpoAndGpoProperties_WriteThroughAndRefuseATakenName()
    {
        var renamed = Result.GetProperty("renamed");

        Assert.Equal("Link B renamed", renamed.GetProperty("name").GetString());
        Assert.True(renamed.GetProperty("sameId").GetBoolean());
        Assert.Equal("GpoWithNameAlreadyExists,Microsoft.GroupPolicy.Commands.RenameGpoCommand", renamed.GetProperty("clash").GetString());
        Assert.Equal("AllSettingsDisabled", Result.GetProperty("settable").GetProperty("status").GetString());
        Assert.Equal("set through the object", Result.GetProperty("settable").GetProperty("description").GetString());
        Assert.Equal(0, Result.GetProperty("linksAfterRemoveGpo").GetInt32());
    }
}
