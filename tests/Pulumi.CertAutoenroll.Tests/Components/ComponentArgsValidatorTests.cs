using Pulumi.CertAutoenroll.Components;
using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests.Components;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class ComponentArgsValidatorTests
{
    private const string Type = UserCertificateAutoenrollment.TypeToken;

    [Fact]
    public void Validate_NoGpo_ThrowsNamingGpoNameAndGpoId()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs();

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("set GpoName", error.Message, StringComparison.Ordinal);
        Assert.Contains("GpoId", error.Message, StringComparison.Ordinal);
        Assert.Contains("'users'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GpoNameAndGpoId_ThrowsAskingForOne()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy", GpoId = "{31B2F340-016D-11D2-945F-00C04FB984F9}" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("either GpoName or GpoId, not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionWithoutHost_ThrowsNamingConnectionHost()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy", Connection = new ConnectionArgs { Auth = "ntlm" } };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("Connection.Host is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GpoAndGpoName_ThrowsAskingForOne()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", GpoName = "Default Domain Policy" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("either Gpo (a GPO the component creates) or GpoName/GpoId (an existing GPO), not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GpoAndGpoId_ThrowsAskingForOne()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", GpoId = "{31B2F340-016D-11D2-945F-00C04FB984F9}" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
        Assert.Contains("set either Gpo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoGpo_MentionsGpoToCreateOne()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs();

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("set Gpo to create a dedicated GPO", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staff")]
    [InlineData("")]
    public void Validate_LinkToNotADn_ThrowsNamingTheEntry(string target)
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", LinkTo = { "OU=Staff,DC=lab,DC=test", target } };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains($"LinkTo[1] ('{target}') is not a distinguished name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LinkToTwice_ThrowsNamingTheDuplicate()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", LinkTo = { "OU=Staff,DC=lab,DC=test", "ou=staff,dc=lab,dc=test" } };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("LinkTo[1] ('ou=staff,dc=lab,dc=test') is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TemplateDn_ThrowsAskingForTheCn()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", Templates = { "CN=User,CN=Certificate Templates" }, NetBiosDomain = "LAB" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("Templates[0] ('CN=User,CN=Certificate Templates') is not a template cn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TemplateTwice_ThrowsNamingTheDuplicate()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", Templates = { "User", "user" }, NetBiosDomain = "LAB" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("Templates[1] ('user') is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrincipalWithoutTemplates_ThrowsAskingForTemplates()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { Gpo = "PKI - Users", Principal = @"LAB\PKI Users" };

        // Act
        var error = Assert.Throws<ArgumentException>(() => ComponentArgsValidator.Validate(Type, "users", args, null));

        // Assert
        Assert.Contains("add the template cns to Templates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WholeProcedure_ReturnsTheOptions()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs
        {
            Gpo = "PKI - Users",
            LinkTo = { "OU=Staff,DC=lab,DC=test" },
            Templates = { "User" },
            Principal = @"LAB\Domain Users",
        };
        var options = new ComponentResourceOptions();

        // Act
        var validated = ComponentArgsValidator.Validate(Type, "users", args, options);

        // Assert
        Assert.Same(options, validated);
    }

    [Fact]
    public void Validate_GpoNameOnly_ReturnsTheOptions()
    {
        // Arrange
        var args = new CertificateAutoenrollmentArgs { GpoName = "Default Domain Policy" };
        var options = new ComponentResourceOptions();

        // Act
        var validated = ComponentArgsValidator.Validate(Type, "users", args, options);

        // Assert
        Assert.Same(options, validated);
    }
}
