using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// The scripts that start remote PowerShell, embedded as readable files beside this class (checked by the Windows
/// PowerShell 5.1 checker like every script that runs on the DC): <c>SessionStart.ps1</c> and <c>RunOnce.ps1</c> go
/// on the command line (<c>-EncodedCommand</c>), <c>SessionLoop.ps1</c> travels as the first stdin line, so neither
/// its size nor its comments count against the 8191-character command line.
/// </summary>
internal static class PowerShellBootstrap
{
    public const string Executable = "powershell.exe";

    /// <summary>Marks a reply line: <c>#CAE# &lt;id&gt; &lt;1|0&gt; &lt;base64 output&gt; &lt;base64 errors&gt;</c>.</summary>
    public const string ReplyMarker = "#CAE#";

    /// <summary>Where the bootstrap scripts are embedded (<c>PowerShell/*.ps1</c>).</summary>
    public const string ResourcePrefix = "CertAutoenroll.WinRm.PowerShell.";

    /// <summary>The command line of a persistent session: reads the first stdin line as the loop's source and runs it.</summary>
    public static string SessionStart { get; } = ReadResource("SessionStart.ps1");

    /// <summary>
    /// The persistent session's request/reply loop, with its replay of lost replies and its "not received" answer for a
    /// line cut short (see the file's header for the line formats, which <see cref="PowerShellFraming"/> writes and reads).
    /// </summary>
    public static string SessionLoop { get; } = ReadResource("SessionLoop.ps1").Replace("{{ReplyMarker}}", ReplyMarker, StringComparison.Ordinal);

    /// <summary>Reads the whole of stdin as base64(UTF-8 script) and runs it once; exit code 1 when it failed.</summary>
    public static string RunOnce { get; } = ReadResource("RunOnce.ps1");

    /// <summary>The first stdin line of a persistent session: <see cref="SessionLoop"/> for <see cref="SessionStart"/> to run.</summary>
    public static byte[] SessionLoopLine { get; } = Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(SessionLoop)) + "\n");

    public static IReadOnlyList<string> Arguments(string bootstrap) =>
        ["-NoProfile", "-NonInteractive", "-EncodedCommand", Convert.ToBase64String(Encoding.Unicode.GetBytes(bootstrap))];

    private static string ReadResource(string fileName)
    {
        using var stream = typeof(PowerShellBootstrap).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The bootstrap script {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
