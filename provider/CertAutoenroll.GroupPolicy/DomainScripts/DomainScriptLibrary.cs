using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CertAutoenroll.GroupPolicy.DomainScripts;

/// <summary>The GPO, link and template-access scripts, with Domain.ps1 spliced in place of their include line.</summary>
internal static partial class DomainScriptLibrary
{
    public const string CommonFileName = "Domain.ps1";

    private const string ResourcePrefix = "CertAutoenroll.GroupPolicy.DomainScripts.";
    private const string IncludeLine = "# <include Domain.ps1>";

    private static readonly ConcurrentDictionary<DomainScriptName, string> Cache = new();

    /// <summary>Every embedded file name of this family, e.g. <c>gpo-read.ps1</c>.</summary>
    public static IReadOnlyList<string> ResourceFileNames =>
        typeof(DomainScriptLibrary).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static string Get(DomainScriptName name) => Cache.GetOrAdd(name, Compose);

    public static string ReadResource(string fileName)
    {
        using var stream = typeof(DomainScriptLibrary).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The script resource {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static string FileName(DomainScriptName name) => name switch
    {
        DomainScriptName.GpoRead => "gpo-read.ps1",
        DomainScriptName.GpoCreate => "gpo-create.ps1",
        DomainScriptName.GpoUpdate => "gpo-update.ps1",
        DomainScriptName.GpoRemove => "gpo-remove.ps1",
        DomainScriptName.LinkRead => "link-read.ps1",
        DomainScriptName.LinkSet => "link-set.ps1",
        DomainScriptName.LinkRemove => "link-remove.ps1",
        DomainScriptName.TemplateAccessRead => "template-access-read.ps1",
        DomainScriptName.TemplateAccessSet => "template-access-set.ps1",
        DomainScriptName.TemplateAccessRemove => "template-access-remove.ps1",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static string Compose(DomainScriptName name)
    {
        var script = ReadResource(FileName(name));
        if (!script.Contains(IncludeLine, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The script {FileName(name)} lacks its include line '{IncludeLine}'.");
        }

        // Each "# <include X.ps1>" line becomes the embedded X.ps1 (Domain.ps1 first, then a feature's shared part).
        return IncludePattern().Replace(script, match => ReadResource(match.Groups[1].Value));
    }

    [GeneratedRegex(@"^# <include ([A-Za-z]+\.ps1)>$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IncludePattern();
}
