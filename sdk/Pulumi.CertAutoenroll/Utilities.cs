using System.Globalization;
using System.Reflection;

namespace Pulumi.CertAutoenroll;

/// <summary>Package-wide helpers, as in a generated Pulumi SDK.</summary>
internal static class Utilities
{
    private const string VersionResourceName = "Pulumi.CertAutoenroll.version.txt";

    private static readonly string[] _trueValues = ["1", "t", "T", "true", "TRUE", "True"];
    private static readonly string[] _falseValues = ["0", "f", "F", "false", "FALSE", "False"];

    /// <summary>The plugin version every resource of this package asks the engine for.</summary>
    public static string Version { get; } = ReadVersion();

    public static string? GetEnv(params string[] names)
    {
        foreach (var name in names)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public static bool? GetEnvBoolean(params string[] names)
    {
        var value = GetEnv(names);
        if (value is null)
        {
            return null;
        }

        if (_trueValues.Contains(value))
        {
            return true;
        }

        return _falseValues.Contains(value) ? false : null;
    }

    public static int? GetEnvInt32(params string[] names) =>
        int.TryParse(GetEnv(names), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string ReadVersion()
    {
        using var stream = typeof(Utilities).GetTypeInfo().Assembly.GetManifestResourceStream(VersionResourceName)
            ?? throw new NotSupportedException($"The embedded resource {VersionResourceName} is missing from the SDK assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Trim();

        // version.txt may be "<plugin name>\n<version>", as pulumi package gen-sdk writes it.
        var lines = text.Split('\n');
        return lines.Length == 2 ? lines[1].Trim() : text;
    }
}

/// <summary>Maps a type token of this package to its SDK class and plugin version.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class CertAutoenrollResourceTypeAttribute : ResourceTypeAttribute
{
    public CertAutoenrollResourceTypeAttribute(string type)
        : base(type, Utilities.Version)
    {
    }
}
