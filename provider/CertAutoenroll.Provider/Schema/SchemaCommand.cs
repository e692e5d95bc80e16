using CertAutoenroll.Provider.Resources;
using CertAutoenroll.Provider.Services;

namespace CertAutoenroll.Provider.Schema;

/// <summary>
/// <c>pulumi-resource-certautoenroll schema</c> writes the generated package schema to stdout:
/// <c>dotnet run --project provider/CertAutoenroll.Provider -- schema &gt; provider/schema.json</c>.
/// </summary>
internal static class SchemaCommand
{
    public const string Name = "schema";

    public static bool Matches(IReadOnlyList<string> args) => args is [Name];

    public static async Task<int> RunAsync(TextWriter output)
    {
        var services = new ServiceCollection().AddLogging().AddCertAutoenrollProvider(engineAddress: null);
        await using var provider = services.BuildServiceProvider();
        await output.WriteAsync(SchemaGenerator.Generate(provider.GetRequiredService<ResourceRegistry>())).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        return 0;
    }
}
