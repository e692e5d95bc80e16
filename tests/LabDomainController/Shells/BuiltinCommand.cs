using System.Text;
using LabDomainController.Auth;

namespace LabDomainController.Shells;

/// <summary>
/// The few cmd.exe commands simple clients probe with (<c>echo</c>, <c>hostname</c>, <c>ipconfig</c>,
/// <c>whoami</c>, <c>exit N</c>); anything else answers as cmd.exe does for an unknown program.
/// </summary>
internal sealed class BuiltinCommand : IShellCommand
{
    /// <summary>cmd.exe's command-line limit (reference §5.2 item 18).</summary>
    public const int MaxCommandLineLength = 8191;

    public BuiltinCommand(string commandId, string commandLine, int codepage)
    {
        CommandId = commandId;
        var encoding = OutputTranscoder.EncodingFor(codepage);
        var (stdout, stderr, exitCode) = Run(commandLine.Trim());
        Output.Append(OutputStreamName.Stdout, encoding.GetBytes(stdout));
        Output.Append(OutputStreamName.Stderr, encoding.GetBytes(stderr));
        Output.Close(OutputStreamName.Stdout);
        Output.Close(OutputStreamName.Stderr);
        Output.SetExitCode(exitCode);
    }

    public string CommandId { get; }

    public CommandOutput Output { get; } = new();

    /// <summary>cmd.exe has answered and exited by the time the Command reply goes out.</summary>
    public bool IsRunning => false;

    public static (string Stdout, string Stderr, int ExitCode) Run(string commandLine)
    {
        if (commandLine.Length > MaxCommandLineLength)
        {
            return (string.Empty, "The command line is too long.\r\n", 1);
        }

        var space = commandLine.IndexOf(' ', StringComparison.Ordinal);
        var program = (space < 0 ? commandLine : commandLine[..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : commandLine[(space + 1)..].Trim();
        return program switch
        {
            "cmd" or "cmd.exe" when rest.StartsWith("/c", StringComparison.OrdinalIgnoreCase) => Run(rest[2..].Trim()),
            "echo" => (rest.Length == 0 ? "ECHO is on.\r\n" : rest + "\r\n", string.Empty, 0),
            "hostname" or "hostname.exe" => (LabIdentity.NetBiosComputerName + "\r\n", string.Empty, 0),
            "whoami" or "whoami.exe" => ("lab\\administrator\r\n", string.Empty, 0),
            "ipconfig" or "ipconfig.exe" => (IpConfig(), string.Empty, 0),
            "exit" => (string.Empty, string.Empty, int.TryParse(rest, out var code) ? code : 0),
            _ => (string.Empty,
                $"'{program}' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n", 1),
        };
    }

    public Task WriteStdinAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Terminate()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string IpConfig() => new StringBuilder()
        .Append("\r\nWindows IP Configuration\r\n\r\n\r\n")
        .Append("Ethernet adapter Ethernet:\r\n\r\n")
        .Append("   Connection-specific DNS Suffix  . : lab.test\r\n")
        .Append("   IPv4 Address. . . . . . . . . . . : 127.0.0.1\r\n")
        .Append("   Subnet Mask . . . . . . . . . . . : 255.0.0.0\r\n")
        .ToString();
}
