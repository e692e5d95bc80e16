using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Tests.Lab;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>remove.ps1 in a real pwsh with the lab GroupPolicy module.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class RemoveScriptTests(LabDomainFixture lab)
{
    private const string Key = @"Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    [Theory]
    [InlineData(PolicyScope.User)]
    [InlineData(PolicyScope.Computer)]
    public async Task RemoveAsync_ConfiguredPolicy_DeletesOnlyOwnedValuesLeavingOthersAndOtherGpos(PolicyScope scope)
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync($"Remove {scope}");
        var bystander = await lab.NewGpoAsync($"Bystander {scope}");
        var otherScope = scope == PolicyScope.User ? PolicyScope.Computer : PolicyScope.User;
        var settings = new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification() };
        await client.ApplyAsync(GpoTarget.ById(id), scope, settings, CancellationToken.None);
        await client.ApplyAsync(GpoTarget.ById(id), otherScope, settings, CancellationToken.None);
        await client.ApplyAsync(GpoTarget.ById(bystander), scope, settings, CancellationToken.None);
        await lab.SetValueAsync(id, (scope == PolicyScope.User ? @"HKCU\" : @"HKLM\") + Key, "NotOurs", "DWord", 5);
        var versionsBefore = PolicyFile.Versions(lab.DataDirectory);
        var otherScopeBefore = PolicyFile.Values(lab.DataDirectory, id, otherScope);

        // Act
        var removed = await client.RemoveAsync(GpoTarget.ById(id), scope, CancellationToken.None);

        // Assert
        Assert.True(removed.Changed);
        Assert.Equal(7u, removed.PreviousAePolicy);
        Assert.Null(removed.Settings);
        Assert.Null(removed.AePolicy);
        Assert.Equal("NotOurs", Assert.Single(removed.UnmanagedValues).Name);
        Assert.Equal(["NotOurs"], PolicyFile.Values(lab.DataDirectory, id, scope).Keys);
        Assert.Equal(otherScopeBefore, PolicyFile.Values(lab.DataDirectory, id, otherScope));
        var versionsAfter = PolicyFile.Versions(lab.DataDirectory);
        Assert.All(versionsBefore.Where(v => v.Key != id), v => Assert.Equal(v.Value, versionsAfter[v.Key]));
        Assert.Equal(3, PolicyFile.Values(lab.DataDirectory, bystander, scope).Count);
    }

    [Fact]
    public async Task RemoveAsync_NothingConfigured_ChangesNothing()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync("Remove nothing");
        var before = lab.Gpo(id);

        // Act
        var removed = await client.RemoveAsync(GpoTarget.ById(id), PolicyScope.User, CancellationToken.None);

        // Assert
        Assert.False(removed.Changed);
        Assert.Null(removed.PreviousAePolicy);
        Assert.Equal(before.SysvolVersion, lab.Gpo(id).SysvolVersion);
    }

    [Fact]
    public async Task RemoveAsync_ByNameAfterApplyById_RemovesFromTheSameGpo()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync("Remove by name");
        await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.Computer, new AutoenrollmentSettings(), CancellationToken.None);

        // Act
        var removed = await client.RemoveAsync(GpoTarget.ByName("Remove by name"), PolicyScope.Computer, CancellationToken.None);

        // Assert
        Assert.Equal(id, removed.GpoId);
        Assert.Empty(PolicyFile.Values(lab.DataDirectory, id, PolicyScope.Computer));
    }
}
