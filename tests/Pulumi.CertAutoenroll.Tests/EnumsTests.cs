using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class EnumsTests
{
    [Theory]
    [InlineData("User")]
    [InlineData("Computer")]
    public void PolicyScope_ExplicitString_IsTheSchemaValue(string expected)
    {
        // Arrange
        var scope = expected == "User" ? PolicyScope.User : PolicyScope.Computer;

        // Act
        var value = (string)scope;

        // Assert
        Assert.Equal(expected, value);
        Assert.Equal(expected, scope.ToString());
    }

    [Fact]
    public void ConfigurationModel_Equality_ComparesValues()
    {
        // Arrange
        var enabled = ConfigurationModel.Enabled;

        // Act
        var equal = enabled == ConfigurationModel.Enabled;
        var different = enabled != ConfigurationModel.Disabled;

        // Assert
        Assert.True(equal);
        Assert.True(different);
        Assert.Equal("Disabled", (string)ConfigurationModel.Disabled);
    }

    [Fact]
    public void GpoStatus_ExplicitString_IsTheGroupPolicyModuleName()
    {
        // Arrange
        GpoStatus[] statuses = [GpoStatus.AllSettingsEnabled, GpoStatus.UserSettingsDisabled, GpoStatus.ComputerSettingsDisabled, GpoStatus.AllSettingsDisabled];

        // Act
        var values = statuses.Select(s => (string)s).ToArray();

        // Assert
        Assert.Equal(["AllSettingsEnabled", "UserSettingsDisabled", "ComputerSettingsDisabled", "AllSettingsDisabled"], values);
        Assert.True(GpoStatus.AllSettingsDisabled != GpoStatus.AllSettingsEnabled);
    }
}
