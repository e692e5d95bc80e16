using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Registry;

namespace CertAutoenroll.GroupPolicy.Tests.Registry;

public sealed class AutoenrollmentRegistryMappingTests
{
    private static readonly int[] Percentages = [0, 1, 10, 50, 99, 100];
    private static readonly uint[] UnknownBitSamples = [0, 0x8, 0x10, 0x100, 0x4000, 0x10000, 0x80000000, 0xFFFF7FF8];

    public static IEnumerable<AutoenrollmentSettings> AllSettings()
    {
        foreach (var model in Enum.GetValues<ConfigurationModel>())
        {
            foreach (var renew in new[] { false, true })
            {
                foreach (var templates in new[] { false, true })
                {
                    var notifications = Percentages
                        .SelectMany(p => new[] { "MY", "Root" }.Select(s => new ExpirationNotification { Percentage = p, Stores = [s] }))
                        .Prepend(null);
                    foreach (var notification in notifications)
                    {
                        yield return new AutoenrollmentSettings
                        {
                            ConfigurationModel = model,
                            RenewExpiredCertificates = renew,
                            UpdateCertificatesThatUseTemplates = templates,
                            ExpirationNotification = notification,
                        };
                    }
                }
            }
        }
    }

    [Fact]
    public void FromRegistryValues_EverySettingsCombinationEncoded_GivesTheSettingsBack()
    {
        // Arrange
        var all = AllSettings().ToList();

        foreach (var settings in all)
        {
            // Act
            var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(AutoenrollmentRegistryMapping.ToRegistryValues(settings));

            // Assert
            Assert.Equal(settings, decoded.Settings);
            Assert.Equal(0u, decoded.UnmodeledAePolicyBits);
            Assert.Empty(decoded.UnmanagedValues);
        }

        Assert.Equal(2 * 2 * 2 * (1 + (Percentages.Length * 2)), all.Count);
    }

    [Fact]
    public void ToRegistryValues_EveryAePolicyAndNotificationShapeDecoded_GivesTheValuesBack()
    {
        // Arrange
        var aePolicies = Enumerable.Range(0, 0x10000).Select(i => (uint)i)
            .Concat(UnknownBitSamples.SelectMany(u => KnownSubsets().Select(k => k | u)))
            .Distinct();
        var checkedCount = 0;

        foreach (var aePolicy in aePolicies)
        {
            foreach (var others in OtherValueShapes(aePolicy))
            {
                var values = others.Prepend(new PolicyRegistryValue("AEPolicy", RegistryValueKind.DWord, aePolicy)).ToArray();

                // Act
                var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);
                var encoded = AutoenrollmentRegistryMapping.ToRegistryValues(decoded.Settings!, decoded.UnmodeledAePolicyBits)
                    .Concat(decoded.UnmanagedValues);

                // Assert: a lone renew bit decodes as the box on, which writes both bits back.
                var rewritten = (aePolicy & AePolicyBits.RenewExpiredCertificates) != 0 ? aePolicy | AePolicyBits.RenewExpiredCertificates : aePolicy;
                values[0] = new PolicyRegistryValue("AEPolicy", RegistryValueKind.DWord, rewritten);
                Assert.Equal(aePolicy, decoded.AePolicy);
                Assert.Equal(values.OrderBy(v => v.Name, StringComparer.Ordinal), encoded.OrderBy(v => v.Name, StringComparer.Ordinal));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 0x10000 * 3);
    }

    [Theory]
    [InlineData(0x8000u, ConfigurationModel.Disabled, false, false)]
    [InlineData(0u, ConfigurationModel.Enabled, false, false)]
    [InlineData(1u, ConfigurationModel.Enabled, false, true)]
    [InlineData(6u, ConfigurationModel.Enabled, true, false)]
    [InlineData(7u, ConfigurationModel.Enabled, true, true)]
    public void FromRegistryValues_GpmcStates_DecodeAsTheDialogShowsThem(uint aePolicy, ConfigurationModel model, bool renew, bool templates)
    {
        // Arrange
        PolicyRegistryValue[] values = [new("AEPolicy", RegistryValueKind.DWord, aePolicy)];

        // Act
        var settings = AutoenrollmentRegistryMapping.FromRegistryValues(values).Settings;

        // Assert
        Assert.Equal(new AutoenrollmentSettings { ConfigurationModel = model, RenewExpiredCertificates = renew, UpdateCertificatesThatUseTemplates = templates }, settings);
    }

    [Theory]
    [InlineData(0x10u)]
    [InlineData(0x100u)]
    public void FromRegistryValues_BitsTheModelDoesNotExpress_AreReportedAsUnmodeled(uint bit)
    {
        // Arrange
        PolicyRegistryValue[] values = [new("AEPolicy", RegistryValueKind.DWord, 1u | bit)];

        // Act
        var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);

        // Assert
        Assert.False(decoded.Settings!.RenewExpiredCertificates);
        Assert.Equal(bit, decoded.UnmodeledAePolicyBits);
    }

    [Theory]
    [InlineData(0x2u)]
    [InlineData(0x4u)]
    public void FromRegistryValues_OneRenewBit_RenewBoxIsOnAsGpmcShowsIt(uint bit)
    {
        // Arrange
        PolicyRegistryValue[] values = [new("AEPolicy", RegistryValueKind.DWord, 1u | bit)];

        // Act
        var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);

        // Assert
        Assert.True(decoded.Settings!.RenewExpiredCertificates);
        Assert.Equal(0u, decoded.UnmodeledAePolicyBits);
        Assert.Equal(0x7u, AutoenrollmentRegistryMapping.ToAePolicy(decoded.Settings));
    }

    [Fact]
    public void FromRegistryValues_NoAePolicy_IsNotConfiguredAndKeepsEveryValue()
    {
        // Arrange
        PolicyRegistryValue[] values =
        [
            new("OfflineExpirationPercent", RegistryValueKind.DWord, 10u),
            new("AEPolicy", RegistryValueKind.String, "7"),
        ];

        // Act
        var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);

        // Assert
        Assert.Null(decoded.Settings);
        Assert.Null(decoded.AePolicy);
        Assert.Equal(values, decoded.UnmanagedValues);
    }

    [Fact]
    public void FromRegistryValues_StoresAsMultiString_StayUnmanagedAndNotificationIsAbsent()
    {
        // Arrange
        var multi = new PolicyRegistryValue("OfflineExpirationStoreNames", RegistryValueKind.MultiString, new[] { "MY" });
        PolicyRegistryValue[] values = [new("AEPolicy", RegistryValueKind.DWord, 7u), new("OfflineExpirationPercent", RegistryValueKind.DWord, 10u), multi];

        // Act
        var decoded = AutoenrollmentRegistryMapping.FromRegistryValues(values);

        // Assert
        Assert.Null(decoded.Settings!.ExpirationNotification);
        Assert.Contains(multi, decoded.UnmanagedValues);
        Assert.Equal(2, decoded.UnmanagedValues.Count);
    }

    [Fact]
    public void ToRegistryValues_SeveralStores_ThrowsNamingTheField()
    {
        // Arrange
        var settings = new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification { Stores = ["MY", "Root"] } };

        // Act
        var error = Assert.Throws<ArgumentException>(() => AutoenrollmentRegistryMapping.ToRegistryValues(settings));

        // Assert
        Assert.Contains("expirationNotification.stores", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRegistryValues_SeedProcedure_WritesAePolicySevenAndTheNotificationAsRegSz()
    {
        // Arrange
        var settings = new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification() };

        // Act
        var values = AutoenrollmentRegistryMapping.ToRegistryValues(settings, preservedAePolicyBits: 0x100);

        // Assert
        Assert.Equal(
            [
                new PolicyRegistryValue("AEPolicy", RegistryValueKind.DWord, 0x107u),
                new PolicyRegistryValue("OfflineExpirationPercent", RegistryValueKind.DWord, 10u),
                new PolicyRegistryValue("OfflineExpirationStoreNames", RegistryValueKind.String, "MY"),
            ],
            values);
    }

    private static IEnumerable<uint> KnownSubsets() =>
        Enumerable.Range(0, 16).Select(i => ((i & 1) != 0 ? 0x1u : 0) | ((i & 2) != 0 ? 0x2u : 0) | ((i & 4) != 0 ? 0x4u : 0) | ((i & 8) != 0 ? 0x8000u : 0));

    private static IEnumerable<PolicyRegistryValue[]> OtherValueShapes(uint seed)
    {
        var percent = new PolicyRegistryValue("OfflineExpirationPercent", RegistryValueKind.DWord, seed % 101);
        var stores = new PolicyRegistryValue("OfflineExpirationStoreNames", RegistryValueKind.String, "MY");
        var foreign = new PolicyRegistryValue("SomethingElse", RegistryValueKind.Binary, new byte[] { 1, 2, 3 });
        yield return [];
        yield return [percent, stores];
        yield return [percent];
        yield return [stores, foreign];
    }
}
