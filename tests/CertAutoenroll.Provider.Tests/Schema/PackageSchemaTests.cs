using System.Reflection;
using System.Text.Json.Nodes;
using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Schema;

public sealed class PackageSchemaTests
{
    private static string SchemaFile =>
        typeof(PackageSchemaTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SchemaFile").Value!;

    private static string AssemblyVersion =>
        typeof(PackageSchemaTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task GetSchema_RunningPlugin_IsCheckedInSchemaFilePlusVersion()
    {
        await using var session = await ProviderSession.StartAsync();

        var response = await session.Client.GetSchemaAsync(new GetSchemaRequest { Version = 0 });

        var served = JsonNode.Parse(response.Schema)!.AsObject();
        Assert.Equal(AssemblyVersion, (string?)served["version"]);
        served.Remove("version");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(SchemaFile)), served));
    }

    [Fact]
    public void SchemaFile_CheckedIn_CarriesNoVersionOfItsOwn()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFile))!;

        Assert.Null(schema["version"]);
        Assert.Null(schema["pluginDownloadURL"]);
    }

    [Fact]
    public async Task GetSchema_Tables_DescribesPackageConfigResourceAndTypes()
    {
        await using var session = await InProcessProvider.StartAsync();

        var schema = JsonNode.Parse((await session.Client.GetSchemaAsync(new GetSchemaRequest())).Schema)!;

        Assert.Equal("certautoenroll", (string?)schema["name"]);
        Assert.True((bool?)schema["config"]!["variables"]!["password"]!["secret"]);
        Assert.Equal("CERTAUTOENROLL_HOST", (string?)schema["config"]!["variables"]!["host"]!["defaultInfo"]!["environment"]![0]);
        var resource = schema["resources"]![ProviderSession.PolicyType]!;
        Assert.NotNull(resource["inputProperties"]!["gpoName"]!["description"]);
        Assert.NotNull(resource["properties"]!["aePolicy"]);
        Assert.Equal(2, schema["types"]!["certautoenroll:index:PolicyScope"]!["enum"]!.AsArray().Count);
        Assert.Equal(2, schema["types"]!["certautoenroll:index:ConfigurationModel"]!["enum"]!.AsArray().Count);
        Assert.Equal("CertAutoenroll", (string?)schema["language"]!["csharp"]!["namespaces"]!["certautoenroll"]);
    }

    [Fact]
    public async Task GetPluginInfo_RunningPlugin_ReturnsAssemblyVersion()
    {
        await using var session = await ProviderSession.StartAsync();

        var info = await session.Client.GetPluginInfoAsync(new Empty());

        Assert.Equal(AssemblyVersion, info.Version);
    }
}
