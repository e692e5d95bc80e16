using CertAutoenroll.GroupPolicy.Scripting;

namespace CertAutoenroll.GroupPolicy.Scripts;

/// <summary>The embedded policy scripts, composed with Common.ps1 and the prelude (<see cref="ScriptComposer"/>).</summary>
internal static class ScriptLibrary
{
    public const string ReplyMarker = "##CERTAUTOENROLL-REPLY##";
    private const string CommonFileName = "Common.ps1";

    private const string ResourcePrefix = "CertAutoenroll.GroupPolicy.Scripts.";

    /// <summary>Every embedded resource file name, e.g. <c>read.ps1</c>.</summary>
    public static IReadOnlyList<string> ResourceFileNames => ScriptComposer.ResourceFileNames(ResourcePrefix);

    public static string Get(ScriptName name) => ScriptComposer.Get(ResourcePrefix, FileName(name), CommonFileName);

    private static string FileName(ScriptName name) => name switch
    {
        ScriptName.Read => "read.ps1",
        ScriptName.Apply => "apply.ps1",
        ScriptName.Remove => "remove.ps1",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
