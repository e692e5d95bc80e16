using System.Reflection;

namespace Benchmarks.Provider;

/// <summary>Where the built provider and the hello-world yardstick live, found from the repository root.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "PulumiCertAutoenroll.sln";

    /// <summary>The configuration this program was built in; the provider was built in the same one.</summary>
    public static string Configuration =>
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Release";

    /// <summary>The provider to run: <c>--provider PATH</c> (e.g. the released self-contained binary), else the built dll.</summary>
    public static string Provider => ProviderOverride ?? ProviderDll;

    /// <summary>Set once from the command line, before anything starts.</summary>
    public static string? ProviderOverride { get; set; }

    public static string ProviderDll => RequireFile(
        Path.Combine(Root, "provider", "CertAutoenroll.Provider", "bin", Configuration, "net10.0", "pulumi-resource-certautoenroll.dll"),
        "provider/CertAutoenroll.Provider");

    public static string HelloWorldDll => RequireFile(
        Path.Combine(Root, "tests", "Benchmarks", "HelloWorld", "bin", Configuration, "net10.0", "HelloWorld.dll"),
        "tests/Benchmarks/HelloWorld");

    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                directory = directory.Parent;
            }

            return directory?.FullName
                ?? throw new FileNotFoundException($"Could not find {SolutionFile} above {AppContext.BaseDirectory}; run the benchmark from the repository.");
        }
    }

    private static string RequireFile(string path, string project) =>
        File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} does not exist. Build it first: dotnet build {project} -c {Configuration}", path);
}
