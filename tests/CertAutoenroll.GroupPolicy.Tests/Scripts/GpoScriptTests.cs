using CertAutoenroll.GroupPolicy.DomainScripts;
using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>The GPO scripts in a real pwsh with the lab GroupPolicy module.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class GpoScriptTests(LabDomainFixture lab)
{
    internal static readonly DomainScope LabScope = new("dc01.lab.test", LabDomain.Name);

    [Fact]
    public async Task CreateAsync_NewName_CreatesWithCommentAndStatus()
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);

        // Act
        var gpo = await client.CreateAsync("Gpo script create", "made by a test", GpoStatus.UserSettingsDisabled, CancellationToken.None);

        // Assert
        var stored = lab.Gpo(gpo.Id);
        Assert.Equal("Gpo script create", stored.DisplayName);
        Assert.Equal("made by a test", stored.Description);
        Assert.Equal(GpoStatus.UserSettingsDisabled, gpo.Status);
        Assert.Equal($"cn={GpoTarget.FormatId(gpo.Id)},cn=policies,cn=system,DC=lab,DC=test", gpo.Path);
        Assert.Equal(gpo, (await client.GetAsync(GpoTarget.ById(gpo.Id), CancellationToken.None))! with { Changed = true });
    }

    [Fact]
    public async Task CreateAsync_NameInUse_FailsWithGpoAlreadyExistsAndCreatesNothing()
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);
        var before = lab.AllGpos().Count;

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.CreateAsync("default domain POLICY", null, GpoStatus.AllSettingsEnabled, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoAlreadyExists, error.Code);
        Assert.Contains(GpoTarget.FormatId(LabDomain.DefaultDomainPolicyId), error.Message, StringComparison.Ordinal);
        Assert.Equal(before, lab.AllGpos().Count);
    }

    [Fact]
    public async Task UpdateAsync_RenameCommentStatus_WritesEachAndKeepsTheId()
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);
        var created = await client.CreateAsync("Gpo script before rename", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Act
        var updated = await client.UpdateAsync(created.Id, "Gpo script after rename", "new comment", GpoStatus.AllSettingsDisabled, CancellationToken.None);
        var again = await client.UpdateAsync(created.Id, "Gpo script after rename", "new comment", GpoStatus.AllSettingsDisabled, CancellationToken.None);

        // Assert
        Assert.True(updated.Changed);
        Assert.False(again.Changed);
        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("Gpo script after rename", lab.Gpo(created.Id).DisplayName);
        Assert.Equal("new comment", lab.Gpo(created.Id).Description);
        Assert.Equal(GpoStatus.AllSettingsDisabled, updated.Status);
    }

    [Fact]
    public async Task UpdateAsync_RenameToAnotherGposName_FailsAndLeavesTheName()
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);
        var created = await client.CreateAsync("Gpo script rename clash", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(() => client.UpdateAsync(created.Id, LabDomain.DefaultDomainPolicyName, null, null, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoAlreadyExists, error.Code);
        Assert.Equal("Gpo script rename clash", lab.Gpo(created.Id).DisplayName);
    }

    [Fact]
    public async Task RemoveAsync_Twice_RemovesThenReportsGone()
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);
        var created = await client.CreateAsync("Gpo script remove", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Act
        var first = await client.RemoveAsync(created.Id, CancellationToken.None);
        var second = await client.RemoveAsync(created.Id, CancellationToken.None);

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.DoesNotContain(lab.AllGpos(), g => g.Id == created.Id);
        Assert.Null(await client.GetAsync(GpoTarget.ById(created.Id), CancellationToken.None));
    }

    [Theory]
    [InlineData("q'\"$(Get-Date);`whoami` ünï ✓ & | > x")]
    [InlineData("50% off; DROP -- ]]>")]
    public async Task CreateAsync_HostileName_IsDataNotScript(string name)
    {
        // Arrange
        var client = new GpoClient(lab.Session, LabScope);

        // Act
        var gpo = await client.CreateAsync(name, name, GpoStatus.AllSettingsEnabled, CancellationToken.None);
        var byName = await client.GetAsync(GpoTarget.ByName(name), CancellationToken.None);

        // Assert
        Assert.Equal(name, lab.Gpo(gpo.Id).DisplayName);
        Assert.Equal(gpo.Id, byName!.Id);
    }
}
