using System.Reflection;
using System.Text.Json;
using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class UtilitiesTests
{
    [Fact]
    public void Version_EmbeddedVersionTxt_MatchesTheAssemblyVersion()
    {
        // Arrange
        var assemblyVersion = typeof(Provider).Assembly.GetName().Version!;

        // Act
        var version = Utilities.Version;

        // Assert
        Assert.Equal($"{assemblyVersion.Major}.{assemblyVersion.Minor}.{assemblyVersion.Build}", version);
    }

    [Fact]
    public void ResourceTypeAttribute_AutoenrollmentPolicy_CarriesTokenAndVersion()
    {
        // Arrange
        var type = typeof(AutoenrollmentPolicy);

        // Act
        var attribute = type.GetCustomAttribute<ResourceTypeAttribute>();

        // Assert
        Assert.NotNull(attribute);
        Assert.Equal("certautoenroll:index:AutoenrollmentPolicy", attribute.Type);
        Assert.Equal(Utilities.Version, attribute.Version);
    }

    [Theory]
    [InlineData(typeof(GroupPolicy), "certautoenroll:index:GroupPolicy")]
    [InlineData(typeof(GroupPolicyLink), "certautoenroll:index:GroupPolicyLink")]
    [InlineData(typeof(CertificateTemplateAccess), "certautoenroll:index:CertificateTemplateAccess")]
    public void ResourceTypeAttribute_ProcedureResources_CarryTheirTokenAndVersion(Type type, string token)
    {
        // Arrange
        var resource = type;

        // Act
        var attribute = resource.GetCustomAttribute<ResourceTypeAttribute>();

        // Assert
        Assert.NotNull(attribute);
        Assert.Equal(token, attribute.Type);
        Assert.Equal(Utilities.Version, attribute.Version);
    }

    [Fact]
    public void ResourceTypeAttribute_Provider_IsTheProviderToken()
    {
        // Arrange
        var type = typeof(Provider);

        // Act
        var attribute = type.GetCustomAttribute<ResourceTypeAttribute>();

        // Assert
        Assert.Equal("pulumi:providers:certautoenroll", attribute?.Type);
    }

    [Fact]
    public void PulumiPluginJson_Embedded_NamesTheResourcePlugin()
    {
        // Arrange
        using var stream = typeof(Provider).Assembly.GetManifestResourceStream("Pulumi.CertAutoenroll.pulumi-plugin.json");
        Assert.NotNull(stream);

        // Act
        using var json = JsonDocument.Parse(stream);

        // Assert
        Assert.True(json.RootElement.GetProperty("resource").GetBoolean());
        Assert.Equal("certautoenroll", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Utilities.Version, json.RootElement.GetProperty("version").GetString());
    }
}
