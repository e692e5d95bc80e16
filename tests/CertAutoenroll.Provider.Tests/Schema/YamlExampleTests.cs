using System.Reflection;
using System.Text.Json.Nodes;

namespace CertAutoenroll.Provider.Tests.Schema;

/// <summary>examples/yaml/Pulumi.yaml uses only type tokens and input names that provider/schema.json declares.</summary>
public sealed class YamlExampleTests
{
    // Property names fixed by the architecture for resources whose schema rows have not landed yet;
    // once a type is in schema.json, the schema alone decides.
    private static readonly Dictionary<string, string[]> PlannedInputs = new(StringComparer.Ordinal)
    {
        ["certautoenroll:index:GroupPolicy"] = ["name", "comment", "status"],
        ["certautoenroll:index:GroupPolicyLink"] = ["gpoId", "gpoName", "target", "enabled", "enforced", "order"],
        ["certautoenroll:index:CertificateTemplateAccess"] = ["template", "principal", "enroll", "autoenroll", "read"],
    };

    private static string Metadata(string key) =>
        typeof(YamlExampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [Fact]
    public void YamlExample_EveryResource_UsesSchemaTypeAndInputNames()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Metadata("SchemaFile")))!;
        var resources = YamlResources.Read(File.ReadAllLines(Path.Combine(Metadata("RepositoryRoot"), "examples", "yaml", "Pulumi.yaml")));

        Assert.Contains(resources, r => r.Type == "certautoenroll:index:AutoenrollmentPolicy");
        foreach (var resource in resources)
        {
            var declared = schema["resources"]?[resource.Type]?["inputProperties"]?.AsObject().Select(p => p.Key).ToArray()
                ?? PlannedInputs.GetValueOrDefault(resource.Type)
                ?? throw new Xunit.Sdk.XunitException($"{resource.Name}: type {resource.Type} is neither in provider/schema.json nor a planned resource");
            foreach (var property in resource.Properties)
            {
                Assert.True(declared.Contains(property), $"{resource.Name} ({resource.Type}): '{property}' is not an input; inputs: {string.Join(", ", declared)}");
            }
        }
    }

    [Fact]
    public void YamlExample_Runtime_IsYaml()
    {
        var lines = File.ReadAllLines(Path.Combine(Metadata("RepositoryRoot"), "examples", "yaml", "Pulumi.yaml"));

        Assert.Contains("runtime: yaml", lines);
    }

    /// <summary>The resources block of a Pulumi YAML file written two spaces per level (name, type, properties).</summary>
    private sealed record YamlResources(string Name, string Type, IReadOnlyList<string> Properties)
    {
        public static IReadOnlyList<YamlResources> Read(IEnumerable<string> lines)
        {
            var result = new List<YamlResources>();
            string? name = null, type = null;
            var properties = new List<string>();
            var inResources = false;
            var inProperties = false;
            foreach (var raw in lines)
            {
                var line = raw.Split(" #")[0].TrimEnd();
                if (line.Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var indent = line.Length - line.TrimStart().Length;
                if (indent == 0)
                {
                    Flush();
                    inResources = line == "resources:";
                    continue;
                }

                if (!inResources)
                {
                    continue;
                }

                var key = line.Trim().Split(':')[0];
                if (indent == 2)
                {
                    Flush();
                    name = key;
                }
                else if (indent == 4)
                {
                    inProperties = key == "properties";
                    if (key == "type")
                    {
                        type = line.Trim()["type:".Length..].Trim();
                    }
                }
                else if (indent == 6 && inProperties)
                {
                    properties.Add(key);
                }
            }

            Flush();
            return result;

            void Flush()
            {
                if (name is not null && type is not null)
                {
                    result.Add(new YamlResources(name, type, [.. properties]));
                }

                name = null;
                type = null;
                properties = [];
                inProperties = false;
            }
        }
    }
}
