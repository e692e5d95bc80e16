using System.Reflection;
using System.Text.Json;
using Pulumi.CertAutoenroll.Inputs;
using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests;

/// <summary>The SDK stays shaped like what codegen would make of provider/schema.json.</summary>
[Collection(PulumiDeploymentCollection.Name)]
public sealed class SchemaConformanceTests
{
    private const string PolicyToken = "certautoenroll:index:AutoenrollmentPolicy";
    private const string GpoToken = "certautoenroll:index:GroupPolicy";
    private const string LinkToken = "certautoenroll:index:GroupPolicyLink";
    private const string AccessToken = "certautoenroll:index:CertificateTemplateAccess";

    private static readonly Lazy<JsonElement> _schema = new(LoadSchema);

    [Theory]
    [InlineData(PolicyToken, typeof(AutoenrollmentPolicyArgs))]
    [InlineData(GpoToken, typeof(GroupPolicyArgs))]
    [InlineData(LinkToken, typeof(GroupPolicyLinkArgs))]
    [InlineData(AccessToken, typeof(CertificateTemplateAccessArgs))]
    public void ResourceArgs_Inputs_AreTheSchemaInputProperties(string token, Type argsType)
    {
        // Arrange
        var expected = Keys(Resource(token).GetProperty("inputProperties"));

        // Act
        var actual = InputNames(argsType);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(PolicyToken, typeof(AutoenrollmentPolicyArgs))]
    [InlineData(GpoToken, typeof(GroupPolicyArgs))]
    [InlineData(LinkToken, typeof(GroupPolicyLinkArgs))]
    [InlineData(AccessToken, typeof(CertificateTemplateAccessArgs))]
    public void ResourceArgs_RequiredInputs_AreTheSchemaRequiredInputs(string token, Type argsType)
    {
        // Arrange
        var expected = Resource(token).TryGetProperty("requiredInputs", out var required)
            ? [.. required.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)]
            : Array.Empty<string>();

        // Act
        var actual = RequiredInputNames(argsType);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(PolicyToken, typeof(AutoenrollmentPolicy))]
    [InlineData(GpoToken, typeof(GroupPolicy))]
    [InlineData(LinkToken, typeof(GroupPolicyLink))]
    [InlineData(AccessToken, typeof(CertificateTemplateAccess))]
    public void Resource_Outputs_AreTheSchemaProperties(string token, Type resourceType)
    {
        // Arrange
        var expected = Keys(Resource(token).GetProperty("properties"));

        // Act
        var actual = OutputNames(resourceType);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(PolicyToken, typeof(AutoenrollmentPolicy))]
    [InlineData(GpoToken, typeof(GroupPolicy))]
    [InlineData(LinkToken, typeof(GroupPolicyLink))]
    [InlineData(AccessToken, typeof(CertificateTemplateAccess))]
    public void Resource_TypeAttribute_IsTheSchemaToken(string token, Type resourceType)
    {
        // Arrange
        var schemaResource = Resource(token);

        // Act
        var attribute = resourceType.GetCustomAttribute<ResourceTypeAttribute>();

        // Assert
        Assert.Equal(JsonValueKind.Object, schemaResource.ValueKind);
        Assert.Equal(token, attribute?.Type);
    }

    [Fact]
    public void ProviderArgs_Inputs_AreTheSchemaConfigVariables()
    {
        // Arrange
        var provider = Keys(_schema.Value.GetProperty("provider").GetProperty("inputProperties"));
        var config = Keys(_schema.Value.GetProperty("config").GetProperty("variables"));

        // Act
        var actual = InputNames(typeof(ProviderArgs));

        // Assert
        Assert.Equal(provider, actual);
        Assert.Equal(config, actual);
    }

    [Fact]
    public void ProviderArgs_RequiredInputs_AreTheSchemaProviderRequiredInputs()
    {
        // Arrange
        var expected = _schema.Value.GetProperty("provider").GetProperty("requiredInputs")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

        // Act
        var actual = RequiredInputNames(typeof(ProviderArgs));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Provider_Outputs_AreTheSchemaProviderProperties()
    {
        // Arrange
        var expected = Keys(_schema.Value.GetProperty("provider").GetProperty("properties"));

        // Act
        var actual = OutputNames(typeof(Provider));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ExpirationNotificationArgs_Inputs_AreTheSchemaTypeProperties()
    {
        // Arrange
        var expected = Keys(Type("ExpirationNotification").GetProperty("properties"));

        // Act
        var actual = InputNames(typeof(ExpirationNotificationArgs));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("ExpirationNotification", typeof(Outputs.ExpirationNotification))]
    [InlineData("RegistryValue", typeof(Outputs.RegistryValue))]
    public void OutputTypes_ConstructorParameters_AreTheSchemaTypeProperties(string typeName, Type outputType)
    {
        // Arrange
        var expected = Keys(Type(typeName).GetProperty("properties"));

        // Act
        var constructor = outputType.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
            .Single(c => c.GetCustomAttribute<OutputConstructorAttribute>() is not null);
        var actual = constructor.GetParameters().Select(p => p.Name!).Order(StringComparer.Ordinal).ToArray();

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Enums_Values_AreTheSchemaEnumValues()
    {
        // Arrange
        var scopes = EnumValues("PolicyScope");
        var models = EnumValues("ConfigurationModel");

        // Act
        string[] sdkScopes = [(string)PolicyScope.User, (string)PolicyScope.Computer];
        string[] sdkModels = [(string)ConfigurationModel.Enabled, (string)ConfigurationModel.Disabled];

        // Assert
        Assert.Equal(scopes, sdkScopes.Order(StringComparer.Ordinal));
        Assert.Equal(models, sdkModels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GpoStatus_Values_AreTheSchemaEnumValues()
    {
        // Arrange
        var expected = EnumValues("GpoStatus");

        // Act
        string[] sdk =
        [
            (string)GpoStatus.AllSettingsEnabled, (string)GpoStatus.UserSettingsDisabled,
            (string)GpoStatus.ComputerSettingsDisabled, (string)GpoStatus.AllSettingsDisabled,
        ];

        // Assert
        Assert.Equal(expected, sdk.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_Resources_EachHaveAnSdkClass()
    {
        // Arrange
        var tokens = _schema.Value.GetProperty("resources").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal);

        // Act
        var sdkTokens = typeof(Provider).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CustomResource)) && !t.IsSubclassOf(typeof(ProviderResource)))
            .Select(t => t.GetCustomAttribute<ResourceTypeAttribute>()?.Type)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(tokens, sdkTokens);
    }

    private static JsonElement Resource(string token) => _schema.Value.GetProperty("resources").GetProperty(token);

    private static JsonElement Type(string name) =>
        _schema.Value.GetProperty("types").GetProperty($"certautoenroll:index:{name}");

    private static string[] EnumValues(string name) =>
        [.. Type(name).GetProperty("enum").EnumerateArray().Select(e => e.GetProperty("value").GetString()!).Order(StringComparer.Ordinal)];

    private static string[] Keys(JsonElement properties) =>
        [.. properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string[] InputNames(Type type) =>
        [.. type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(m => m.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(InputAttribute))
            .Select(a => (string)a.ConstructorArguments[0].Value!)
            .Order(StringComparer.Ordinal)];

    private static string[] RequiredInputNames(Type type) =>
        [.. type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(m => m.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(InputAttribute)
                && a.ConstructorArguments.Count > 1 && a.ConstructorArguments[1].Value is true)
            .Select(a => (string)a.ConstructorArguments[0].Value!)
            .Order(StringComparer.Ordinal)];

    private static string[] OutputNames(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType == type)
            .Select(p => p.GetCustomAttribute<OutputAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    private static JsonElement LoadSchema()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "provider", "schema.json");
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                return document.RootElement.Clone();
            }
        }

        throw new FileNotFoundException("provider/schema.json was not found above the test output directory.");
    }
}
