using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.GroupPolicyModule.Topology;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>
/// The scripts against the strict lab, where a real DC differs from a kind one (issue 9): REG_SZ data with its NUL,
/// the PDC emulator on another machine, failures that are not "GPO not found", German messages, one renew bit.
/// </summary>
[Collection(LabDomainCollection.Name)]
public sealed class DomainControllerFidelityTests(LabDomainFixture lab)
{
    private const string UserKey = @"HKCU\Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    private static readonly AutoenrollmentSettings WithNotification = new()
    {
        ExpirationNotification = new ExpirationNotification { Percentage = 10, Stores = ["MY"] },
    };

    [Fact]
    public async Task ReadAsync_StoreNameReturnedWithItsNul_ComesBackWithoutItAndApplyAgainChangesNothing()
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync("Fidelity NUL");
        var target = GpoTarget.ById(id);
        await client.ApplyAsync(target, PolicyScope.User, WithNotification, CancellationToken.None);
        var versionBefore = lab.Gpo(id).DirectoryVersion;

        // Act
        var read = await client.ReadAsync(target, PolicyScope.User, CancellationToken.None);
        var again = await client.ApplyAsync(target, PolicyScope.User, WithNotification, CancellationToken.None);

        // Assert
        Assert.Equal(["MY"], read.Settings!.ExpirationNotification!.Stores);
        Assert.Equal(2, read.Settings.ExpirationNotification.Stores[0].Length);
        Assert.Equal(WithNotification, read.Settings);
        Assert.False(again.Changed);
        Assert.Equal(versionBefore, lab.Gpo(id).DirectoryVersion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("DC01")]
    [InlineData("dc01.lab.test")]
    public async Task ReadAsync_ServerIsTheConnectedDc_StaysOnItAndReads(string? server)
    {
        // Arrange: the lab's PDC emulator is another machine, so a cmdlet without -Server makes a second hop.
        var client = lab.CreateClient(server);

        // Act
        var state = await client.ReadAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), PolicyScope.Computer, CancellationToken.None);

        // Assert
        Assert.Equal(LabDomain.DefaultDomainPolicyId, state.GpoId);
    }

    [Fact]
    public async Task ReadAsync_ServerIsAnotherDc_FailsWithTheSecondHopErrorNotGpoNotFound()
    {
        // Arrange
        var client = lab.CreateClient(LabTopology.DefaultPdc);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.ReadAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.Unexpected, error.Code);
        Assert.Contains("0x80072020", error.Message, StringComparison.Ordinal);
        Assert.Contains("second hop", error.Message, StringComparison.Ordinal);
        Assert.Contains(LabTopology.DefaultPdc, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DomainNotServedByThisDc_IsAFailureThatNamesServerNotGpoNotFound()
    {
        // Arrange: the DC's text reads "…either does not exist or could not be contacted", which is no "GPO gone".
        var client = lab.CreateClient();

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.ReadAsync(GpoTarget.ById(LabDomain.DefaultDomainPolicyId, "other.test"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.Unexpected, error.Code);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("'server'", error.Message, StringComparison.Ordinal);
        Assert.Contains("delegate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveAsync_DomainNotServedByThisDc_FailsInsteadOfReportingTheGpoGone()
    {
        // Arrange
        var client = lab.CreateClient();

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.RemoveAsync(GpoTarget.ByName(LabDomain.DefaultDomainPolicyName, "other.test"), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.NotEqual(GroupPolicyErrorCode.GpoNotFound, error.Code);
    }

    [Fact]
    public async Task ReadAsync_GermanDomainController_StillReadsAbsentSettingAsNotConfiguredAndMissingGpoAsNotFound()
    {
        // Arrange
        await using var german = LabPwshSession.Start(lab.DataDirectory, topology: new LabTopology { Culture = "de-DE" });
        var client = new AutoenrollmentPolicyClient(german);
        var id = await lab.NewGpoAsync("Fidelity German");

        // Act
        var absent = await client.ReadAsync(GpoTarget.ById(id), PolicyScope.User, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.ReadAsync(GpoTarget.ById(Guid.Parse("0badc0de-9999-4999-8999-000000000009")), PolicyScope.User, CancellationToken.None));

        // Assert
        Assert.Null(absent.Settings);
        Assert.Equal(GroupPolicyErrorCode.GpoNotFound, missing.Code);
        Assert.Contains("nicht gefunden", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task ReadAsync_OneRenewBitSetByAnotherTool_ShowsTheRenewBoxOn(int aePolicy)
    {
        // Arrange
        var client = lab.CreateClient();
        var id = await lab.NewGpoAsync($"Fidelity renew {aePolicy}");
        await lab.SetValueAsync(id, UserKey, "AEPolicy", "DWord", aePolicy);

        // Act
        var state = await client.ReadAsync(GpoTarget.ById(id), PolicyScope.User, CancellationToken.None);

        // Assert
        Assert.True(state.Settings!.RenewExpiredCertificates);
        Assert.True(state.Settings.UpdateCertificatesThatUseTemplates);
        Assert.Equal((uint)aePolicy, state.AePolicy);
    }
}
