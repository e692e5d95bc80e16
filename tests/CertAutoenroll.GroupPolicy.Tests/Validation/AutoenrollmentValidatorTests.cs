using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Validation;

namespace CertAutoenroll.GroupPolicy.Tests.Validation;

public sealed class AutoenrollmentValidatorTests
{
    [Theory]
    [InlineData("Default Domain Policy")]
    [InlineData("O'Brien \"quoted\" $(Remove-Item x) `tick`; echo")]
    [InlineData("Política de dominio — 証明書")]
    public void ValidateGpoName_OrdinaryAndHostileNames_AreAccepted(string name)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateGpoName(name);

        // Assert
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("   ", "only whitespace")]
    [InlineData("Policy\nName", "control character U+000A")]
    [InlineData("Policy\tName", "control character U+0009")]
    [InlineData("Policy\0", "control character U+0000")]
    [InlineData(" Padded", "leading or trailing whitespace")]
    public void ValidateGpoName_BadNames_FailNamingTheFieldAndTheFix(string name, string expected)
    {
        // Act
        var failure = Assert.Single(AutoenrollmentValidator.ValidateGpoName(name));

        // Assert
        Assert.Equal("gpoName", failure.Field);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateGpoName_LoneSurrogate_FailsAsBrokenUnicode()
    {
        // Arrange (built in code: a lone surrogate does not survive test-case serialisation)
        var name = "Broken" + (char)0xD800;

        // Act
        var failure = Assert.Single(AutoenrollmentValidator.ValidateGpoName(name));

        // Assert
        Assert.Contains("surrogate", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateGpoName_LongerThan255_FailsWithTheLimit()
    {
        // Arrange
        var fine = new string('x', 255);
        var tooLong = new string('x', 256);

        // Act
        var accepted = AutoenrollmentValidator.ValidateGpoName(fine);
        var failure = Assert.Single(AutoenrollmentValidator.ValidateGpoName(tooLong));

        // Assert
        Assert.Empty(accepted);
        Assert.Contains("at most 255", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{31B2F340-016D-11D2-945F-00C04FB984F9}", true)]
    [InlineData("31b2f340-016d-11d2-945f-00c04fb984f9", true)]
    [InlineData("31B2F340016D11D2945F00C04FB984F9", false)]
    [InlineData("{31B2F340-016D-11D2-945F}", false)]
    [InlineData("not a guid", false)]
    [InlineData("", false)]
    [InlineData("{00000000-0000-0000-0000-000000000000}", false)]
    public void ValidateGpoId_Forms_OnlyBracedOrDashedNonEmptyGuidsPass(string id, bool valid)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateGpoId(id);

        // Assert
        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, f => Assert.Equal("gpoId", f.Field));
    }

    [Theory]
    [InlineData(null, null, "gpoName")]
    [InlineData("Default Domain Policy", "{31B2F340-016D-11D2-945F-00C04FB984F9}", "gpoId")]
    public void ValidateTarget_NeitherOrBoth_FailsAskingForExactlyOne(string? name, string? id, string field)
    {
        // Act
        var failure = Assert.Single(AutoenrollmentValidator.ValidateTarget(name, id));

        // Assert
        Assert.Equal(field, failure.Field);
        Assert.Contains("gpoName", failure.Message, StringComparison.Ordinal);
        Assert.Contains("gpoId", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lab.test", true)]
    [InlineData("corp.example.com", true)]
    [InlineData("bad domain", false)]
    [InlineData("evil;rm", false)]
    [InlineData("", false)]
    public void ValidateDomain_Names_OnlyDnsNamesPass(string domain, bool valid)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateDomain(domain);

        // Assert
        Assert.Equal(valid, failures.Count == 0);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("dc01.lab.test", true)]
    [InlineData("DC01", true)]
    [InlineData("dc01 lab", false)]
    [InlineData("dc01;Remove-GPO", false)]
    [InlineData("", false)]
    public void ValidateServer_Names_OnlyHostNamesPassAndFailuresNameServer(string? server, bool valid)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateServer(server);

        // Assert
        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, f => Assert.Equal("server", f.Field));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void ValidateExpirationNotification_Percentage_MustBeZeroToHundred(int percentage, bool valid)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateExpirationNotification(percentage, null);

        // Assert
        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, f => Assert.Equal("expirationNotification.percentage", f.Field));
    }

    [Theory]
    [InlineData(new string[0], "is empty")]
    [InlineData(new[] { "MY", "Root" }, "exactly one")]
    [InlineData(new[] { "" }, "must not be empty")]
    [InlineData(new[] { "M\nY" }, "control character")]
    public void ValidateExpirationNotification_BadStores_FailWithTheFix(string[] stores, string expected)
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateExpirationNotification(10, stores);

        // Assert
        var failure = Assert.Single(failures);
        Assert.Equal("expirationNotification.stores", failure.Field);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSettings_DisabledWithBoxesExplicitlyTrue_FailsForEachBox()
    {
        // Act
        var failures = AutoenrollmentValidator.ValidateSettings(ConfigurationModel.Disabled, true, true, new ExpirationNotification());

        // Assert
        Assert.Equal(
            ["renewExpiredCertificates", "updateCertificatesThatUseTemplates", "expirationNotification.percentage"],
            failures.Select(f => f.Field));
        Assert.All(failures, f => Assert.Contains("\"Enabled\"", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_DisabledWithBoxesUnset_DefaultsBoxesToFalse()
    {
        // Act
        var settings = AutoenrollmentValidator.Normalize(ConfigurationModel.Disabled, null, false, null);

        // Assert
        Assert.Equal(new AutoenrollmentSettings { ConfigurationModel = ConfigurationModel.Disabled, RenewExpiredCertificates = false, UpdateCertificatesThatUseTemplates = false }, settings);
    }

    [Fact]
    public void Normalize_EnabledWithBoxesUnset_DefaultsBoxesToTrue()
    {
        // Act
        var settings = AutoenrollmentValidator.Normalize(ConfigurationModel.Enabled, null, null, null);

        // Assert
        Assert.True(settings.RenewExpiredCertificates);
        Assert.True(settings.UpdateCertificatesThatUseTemplates);
    }

    [Fact]
    public void Normalize_DisabledWithABoxTrue_ThrowsInvalidRequestNamingTheField()
    {
        // Act
        var error = Assert.Throws<GroupPolicyException>(() => AutoenrollmentValidator.Normalize(ConfigurationModel.Disabled, true, null, null));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.InvalidRequest, error.Code);
        Assert.Equal("renewExpiredCertificates", Assert.Single(error.Failures).Field);
        Assert.Contains("renewExpiredCertificates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateTarget_GpoTargetWithControlCharacter_FailsOnGpoName()
    {
        // Act
        var failure = Assert.Single(AutoenrollmentValidator.ValidateTarget(GpoTarget.ByName("a\u0007b")));

        // Assert
        Assert.Equal("gpoName", failure.Field);
        Assert.Contains("U+0007", failure.Message, StringComparison.Ordinal);
    }
}
