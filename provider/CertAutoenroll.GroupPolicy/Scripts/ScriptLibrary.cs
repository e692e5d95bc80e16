using System.Collections.Concurrent;

namespace CertAutoenroll.GroupPolicy.Scripts;

/// <summary>The embedded DC scripts, with Common.ps1 spliced in place of their include line.</summary>
internal static class ScriptLibrary
{
    public const string ReplyMarker = "##CERTAUTOENROLL-REPLY##";

    private const string ResourcePrefix = "CertAutoenroll.GroupPolicy.Scripts.";
    private const string IncludeLine = "# <include Common.ps1>";

    private static readonly ConcurrentDictionary<ScriptName, string> Cache = new();

    /// <summary>Every embedded resource file name, e.g. <c>read.ps1</c>.</summary>
    public static IReadOnlyList<string> ResourceFileNames =>
        typeof(ScriptLibrary).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static string Get(ScriptName name) => Cache.GetOrAdd(name, Compose);

    public static string ReadResource(string fileName)
    {
        using var stream = typeof(ScriptLibrary).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The script resource {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Compose(ScriptName name)
    {
        var script = ReadResource(FileName(name));
        if (!script.Contains(IncludeLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The script {FileName(name)} lacks its include line '{IncludeLine}'.");
        }

        return script.Replace(IncludeLine, ReadResource("Common.ps1"), StringComparison.Ordinal);
    }

    private static string FileName(ScriptName name) => name switch
    {
        ScriptName.Read => "read.ps1",
        ScriptName.Apply => "apply.ps1",
        ScriptName.Remove => "remove.ps1",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
