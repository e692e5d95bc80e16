using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>apply.ps1 in a real pwsh with the lab GroupPolicy module.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class ApplyScriptTests(LabDomainFixture lab)
{
    private const string Key = @"Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    public static TheoryData<PolicyScope, string> EverySetting()
    {
        var data = new TheoryData<PolicyScope, string>();
        foreach (var scope in Enum.GetValues<PolicyScope>())
        {
            foreach (var name in Settings.Keys)
            {
                data.Add(scope, name);
            }
        }

        return data;
    }

    private static Dictionary<string, (AutoenrollmentSettings Settings, uint AePolicy)> Settings { get; } = new()
    {
        ["both boxes"] = (new AutoenrollmentSettings(), 7u),
        ["no box"] = (new AutoenrollmentSettings { RenewExpiredCertificates = false, UpdateCertificatesThatUseTemplates = false }, 0u),
        ["templates box"] = (new AutoenrollmentSettings { RenewExpiredCertificates = false }, 1u),
        ["renew box"] = (new AutoenrollmentSettings { UpdateCertificatesThatUseTemplates = false }, 6u),
        ["disabled"] = (new AutoenrollmentSettings { ConfigurationModel = ConfigurationModel.Disabled, RenewExpiredCertificates = false, UpdateCertificatesThatUseTemplates = false }, 0x8000u),
        ["notify 0% MY"] = (new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification { Percentage = 0 } }, 7u),
        ["notify 100% Root"] = (new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification { Percentage = 100, Stores = ["Root"] } }, 7u),
    };

    [Theory]
    [MemberData(nameof(EverySetting))]
    public async Task ApplyAsync_EverySettingInBothScopes_WritesTheValuesAndReadsThemBack(PolicyScope scope, string setting)
    {
        // Arrange
        var (settings, aePolicy) = Settings[setting];
        var id = await lab.NewGpoAsync($"Apply {scope} {setting}");
        var client = lab.CreateClient();

        // Act
        var applied = await client.ApplyAsync(GpoTarget.ById(id), scope, settings, CancellationToken.None);
        var read = await client.ReadAsync(GpoTarget.ById(id), scope, CancellationToken.None);

        // Assert
        Assert.True(applied.Changed);
        Assert.Null(applied.PreviousAePolicy);
        Assert.Equal(settings, read.Settings);
        Assert.Equal(aePolicy, read.AePolicy);
        var values = PolicyFile.Values(lab.DataDirectory, id, scope);
        Assert.Equal((RegistryPolValueType.DWord, (object)aePolicy), values["AEPolicy"]);
        if (settings.ExpirationNotification is { } notification)
        {
            Assert.Equal((RegistryPolValueType.DWord, (object)(uint)notification.Percentage), values["OfflineExpirationPercent"]);
            Assert.Equal((RegistryPolValueType.String, (object)notification.Stores[0]), values["OfflineExpirationStoreNames"]);
        }
        else
        {
            Assert.Single(values);
        }

        var otherScope = scope == PolicyScope.User ? PolicyScope.Computer : PolicyScope.User;
        Assert.Empty(PolicyFile.Values(lab.DataDirectory, id, otherScope));
    }

    [Theory]
    [InlineData(PolicyScope.User)]
    [InlineData(PolicyScope.Computer)]
    public async Task ApplyAsync_SameSettingsAgain_LeavesTheGpoVersionUnchanged(PolicyScope scope)
    {
        // Arrange
        var id = await lab.NewGpoAsync($"Reapply {scope}");
        var client = lab.CreateClient();
        var settings = new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification() };
        await client.ApplyAsync(GpoTarget.ById(id), scope, settings, CancellationToken.None);
        var before = lab.Gpo(id);

        // Act
        var again = await client.ApplyAsync(GpoTarget.ById(id), scope, settings, CancellationToken.None);

        // Assert
        var after = lab.Gpo(id);
        Assert.False(again.Changed);
        Assert.Equal(7u, again.PreviousAePolicy);
        Assert.Equal(before.SysvolVersion, after.SysvolVersion);
        Assert.Equal(before.DirectoryVersion, after.DirectoryVersion);
        Assert.NotEqual(0, before.SysvolVersion.Of(PolicyFile.SectionOf(scope)));
    }

    [Fact]
    public async Task ApplyAsync_UnknownBitsAndForeignValues_AreKept()
    {
        // Arrange
        var id = await lab.NewGpoAsync("Apply keeps unknown");
        var client = lab.CreateClient();
        await lab.SetValueAsync(id, @"HKLM\" + Key, "AEPolicy", "DWord", 0x107);
        await lab.SetValueAsync(id, @"HKLM\" + Key, "SomebodyElses", "String", "keep me");

        // Act
        var applied = await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.Computer, new AutoenrollmentSettings { RenewExpiredCertificates = false }, CancellationToken.None);

        // Assert
        Assert.Equal(0x107u, applied.PreviousAePolicy);
        Assert.Equal(0x101u, applied.AePolicy);
        Assert.Equal(0x100u, applied.UnknownAePolicyBits);
        var foreign = Assert.Single(applied.UnmanagedValues);
        Assert.Equal("SomebodyElses", foreign.Name);
        Assert.Equal((RegistryPolValueType.String, (object)"keep me"), PolicyFile.Values(lab.DataDirectory, id, PolicyScope.Computer)["SomebodyElses"]);
    }

    [Fact]
    public async Task ApplyAsync_HighUnknownBit_IsKeptAcrossTheSignBit()
    {
        // Arrange
        var id = await lab.NewGpoAsync("Apply keeps bit 31");
        var client = lab.CreateClient();
        await lab.SetValueAsync(id, @"HKCU\" + Key, "AEPolicy", "DWord", 0x80008000L);

        // Act
        var applied = await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.User, new AutoenrollmentSettings(), CancellationToken.None);

        // Assert
        Assert.Equal(0x80008000u, applied.PreviousAePolicy);
        Assert.Equal(0x80000007u, applied.AePolicy);
        Assert.Equal(ConfigurationModel.Enabled, applied.Settings!.ConfigurationModel);
        Assert.Equal((RegistryPolValueType.DWord, (object)0x80000007u), PolicyFile.Values(lab.DataDirectory, id, PolicyScope.User)["AEPolicy"]);
    }

    [Fact]
    public async Task ApplyAsync_DisabledAfterEnabledWithNotification_WritesOnlyTheDisabledBitAndDropsTheNotification()
    {
        // Arrange
        var id = await lab.NewGpoAsync("Apply then disable");
        var client = lab.CreateClient();
        await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.User, new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification() }, CancellationToken.None);
        var disabled = new AutoenrollmentSettings { ConfigurationModel = ConfigurationModel.Disabled, RenewExpiredCertificates = false, UpdateCertificatesThatUseTemplates = false };

        // Act
        var applied = await client.ApplyAsync(GpoTarget.ById(id), PolicyScope.User, disabled, CancellationToken.None);

        // Assert
        Assert.True(applied.Changed);
        Assert.Equal(disabled, applied.Settings);
        Assert.Equal(0x8000u, applied.AePolicy);
        var values = PolicyFile.Values(lab.DataDirectory, id, PolicyScope.User);
        Assert.Equal(["AEPolicy"], values.Keys);
        Assert.DoesNotContain(LabDomainController.GroupPolicyModule.Sysvol.LabSysvol.ReadRegistryPol(lab.DataDirectory, id, LabDomainController.GroupPolicyModule.Sysvol.GpoSection.User), e => e.IsDeleteMarker);
    }
}
