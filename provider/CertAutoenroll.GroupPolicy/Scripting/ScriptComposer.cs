using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CertAutoenroll.GroupPolicy.Scripting;

/// <summary>
/// Reads the embedded DC scripts and expands each <c># &lt;include X.ps1&gt;</c> line with the embedded X.ps1,
/// taken from the script's own family or, for <see cref="PreludeFileName"/>, from the prelude both families share.
/// Included parts may include others; each part is spliced in once.
/// </summary>
internal static partial class ScriptComposer
{
    public const string PreludeFileName = "Prelude.ps1";

    private const string PreludePrefix = "CertAutoenroll.GroupPolicy.Scripting.";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The prelude on its own, as embedded.</summary>
    public static string Prelude => ReadResource(PreludePrefix, PreludeFileName);

    /// <summary>Every embedded file name under a family's resource prefix, e.g. <c>read.ps1</c>.</summary>
    public static IReadOnlyList<string> ResourceFileNames(string familyPrefix) =>
        typeof(ScriptComposer).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(familyPrefix, StringComparison.Ordinal))
            .Select(n => n[familyPrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The composed script; it must include <paramref name="requiredInclude"/>, its family's shared part.</summary>
    public static string Get(string familyPrefix, string fileName, string requiredInclude) =>
        Cache.GetOrAdd(familyPrefix + fileName, _ => Compose(familyPrefix, fileName, requiredInclude));

    private static string Compose(string familyPrefix, string fileName, string requiredInclude)
    {
        var script = ReadResource(familyPrefix, fileName);
        if (!script.Contains(IncludeLine(requiredInclude), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The script {fileName} lacks its include line '{IncludeLine(requiredInclude)}'.");
        }

        return Expand(familyPrefix, script, new HashSet<string>(StringComparer.Ordinal) { fileName });
    }

    private static string Expand(string familyPrefix, string text, HashSet<string> included) =>
        IncludePattern().Replace(text, match =>
        {
            var part = match.Groups[1].Value;
            if (!included.Add(part))
            {
                return string.Empty;
            }

            var prefix = part == PreludeFileName ? PreludePrefix : familyPrefix;
            return Expand(familyPrefix, ReadResource(prefix, part), included);
        });

    private static string ReadResource(string prefix, string fileName)
    {
        using var stream = typeof(ScriptComposer).Assembly.GetManifestResourceStream(prefix + fileName)
            ?? throw new InvalidOperationException($"The script resource {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string IncludeLine(string fileName) => $"# <include {fileName}>";

    [GeneratedRegex(@"^# <include ([A-Za-z]+\.ps1)>$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IncludePattern();
}
