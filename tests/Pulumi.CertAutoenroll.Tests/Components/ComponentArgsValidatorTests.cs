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
