using System.Reflection;
using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Schema;
using CertAutoenroll.Provider.Tests.Infrastructure;

namespace CertAutoenroll.Provider.Tests.Schema;

/// <summary><c>provider/schema.json</c> is generated from the tables; these tests stop it from drifting.</summary>
public sealed class SchemaGeneratorTests
{
    private static string SchemaFile =>
        typeof(SchemaGeneratorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SchemaFile").Value!;

    [Fact]
    public async Task Generate_ProviderTables_EqualsCheckedInSchemaFile()
    {
        await using var provider = await InProcessProvider.StartAsync();

        var generated = SchemaGenerator.Generate(provider.Get<ResourceRegistry>());

        Assert.True(
            generated == await File.ReadAllTextAsync(SchemaFile),
            "provider/schema.json is out of date; regenerate it: dotnet run --project provider/CertAutoenroll.Provider -- schema > provider/schema.json");
    }

    [Fact]
    public void ConfigSchema_EveryConfigKey_HasExactlyOneRow()
    {
        var rows = ConfigSchema.Keys.Select(k => k.Name).ToList();

        Assert.Equal(ConfigKeys.All.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }
}
