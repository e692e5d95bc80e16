using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Links;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>The link scripts in a real pwsh with the lab GroupPolicy and ActiveDirectory modules.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class LinkScriptTests(LabDomainFixture lab)
{
    private const string Staff = "OU=Staff,DC=lab,DC=test";

    [Fact]
    public async Task SetAsync_NewLinksWithOrder_LinkInOrderAndTouchNoOtherLink()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var first = await gpos.CreateAsync("Link order first", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        var second = await gpos.CreateAsync("Link order second", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        var root = await links.GetAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), LabDomain.DistinguishedName, CancellationToken.None);

        // Act
        var a = await links.SetAsync(GpoTarget.ById(first.Id), Staff, enabled: true, enforced: false, order: null, CancellationToken.None);
        var b = await links.SetAsync(GpoTarget.ByName("Link order second"), Staff, enabled: true, enforced: true, order: 1, CancellationToken.None);
        var aAfter = await links.GetAsync(GpoTarget.ById(first.Id), Staff, CancellationToken.None);

        // Assert
        Assert.True(a.Changed);
        Assert.Equal(1, b.Order);
        Assert.True(b.Enforced);
        Assert.Equal(2, aAfter!.Order);
        Assert.Equal(2, aAfter.LinkCount);
        var stored = lab.Gpo(second.Id).Links;
        Assert.Equal([new LabGpoLink(Staff, true, true, 1)], stored);
        Assert.Equal(root, await links.GetAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), LabDomain.DistinguishedName, CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_ExistingLink_ChangesOnlyWhatDiffersAndIsIdempotent()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var gpo = await gpos.CreateAsync("Link update", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        await links.SetAsync(GpoTarget.ById(gpo.Id), "OU=Workstations,DC=lab,DC=test", true, false, null, CancellationToken.None);

        // Act
        var disabled = await links.SetAsync(GpoTarget.ById(gpo.Id), "ou=workstations,dc=lab,dc=test", false, true, null, CancellationToken.None);
        var again = await links.SetAsync(GpoTarget.ById(gpo.Id), "OU=Workstations,DC=lab,DC=test", false, true, null, CancellationToken.None);

        // Assert
        Assert.True(disabled.Changed);
        Assert.False(disabled.Enabled);
        Assert.True(disabled.Enforced);
        Assert.False(again.Changed);
        Assert.Equal("OU=Workstations,DC=lab,DC=test", disabled.Target);
    }

    [Fact]
    public async Task RemoveAsync_OneOfTwoLinks_RemovesOnlyThatLinkAndIsIdempotent()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var gpo = await gpos.CreateAsync("Link remove", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        await links.SetAsync(GpoTarget.ById(gpo.Id), LabDomain.DistinguishedName, true, false, null, CancellationToken.None);
        var ddp = await links.GetAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), LabDomain.DistinguishedName, CancellationToken.None);

        // Act
        var removed = await links.RemoveAsync(GpoTarget.ById(gpo.Id), LabDomain.DistinguishedName, CancellationToken.None);
        var removedAgain = await links.RemoveAsync(GpoTarget.ById(gpo.Id), LabDomain.DistinguishedName, CancellationToken.None);

        // Assert
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Null(await links.GetAsync(GpoTarget.ById(gpo.Id), LabDomain.DistinguishedName, CancellationToken.None));
        var ddpAfter = await links.GetAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), LabDomain.DistinguishedName, CancellationToken.None);
        Assert.Equal(ddp! with { LinkCount = ddpAfter!.LinkCount }, ddpAfter);
    }

    [Fact]
    public async Task SetAsync_SiteTarget_LinksThroughGpLink()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var gpo = await gpos.CreateAsync("Link site", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        const string site = "CN=Default-First-Site-Name,CN=Sites,CN=Configuration,DC=lab,DC=test";

        // Act
        var link = await links.SetAsync(GpoTarget.ById(gpo.Id), site, true, true, null, CancellationToken.None);

        // Assert
        Assert.Equal(new LabGpoLink(site, true, true, 1), Assert.Single(lab.Gpo(gpo.Id).Links));
        Assert.True(link.Enforced);
        Assert.Equal(1, link.Order);
    }

    [Theory]
    [InlineData("OU=Nowhere,DC=lab,DC=test", GroupPolicyErrorCode.TargetNotFound)]
    [InlineData("OU=Staff,DC=lab,DC=test", GroupPolicyErrorCode.GpoNotFound)]
    public async Task SetAsync_MissingTargetOrGpo_FailsWithItsCode(string target, GroupPolicyErrorCode code)
    {
        // Arrange
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var gpo = code == GroupPolicyErrorCode.GpoNotFound ? GpoTarget.ById(Guid.NewGuid()) : GpoTarget.ById(LabDomain.DefaultDomainPolicyId);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => links.SetAsync(gpo, target, true, false, null, CancellationToken.None));

        // Assert
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task SetAsync_OrderBeyondTheLinks_FailsWithInvalidRequestAndLinksNothing()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        var gpo = await gpos.CreateAsync("Link bad order", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => links.SetAsync(GpoTarget.ById(gpo.Id), "OU=Domain Controllers,DC=lab,DC=test", true, false, 9, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Empty(lab.Gpo(gpo.Id).Links);
    }

    [Fact]
    public async Task SetGetRemove_HostileOuDnAndGpoName_AreDataNotScript()
    {
        // Arrange
        var gpos = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var links = new GpoLinkClient(lab.Session, GpoScriptTests.LabScope);
        const string name = "Link q'\"$(Get-Date);`whoami` ünï";
        await gpos.CreateAsync(name, null, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        var target = LabDirectory.HostileOu;

        // Act
        var set = await links.SetAsync(GpoTarget.ByName(name), target, true, false, null, CancellationToken.None);
        var read = await links.GetAsync(GpoTarget.ByName(name), target, CancellationToken.None);
        var removed = await links.RemoveAsync(GpoTarget.ByName(name), target, CancellationToken.None);

        // Assert
        Assert.Equal(target, set.Target);
        Assert.Equal(name, read!.GpoName);
        Assert.True(removed);
        Assert.Null(await links.GetAsync(GpoTarget.ByName(name), target, CancellationToken.None));
    }
}
