namespace LabDomainController.Shells;

/// <summary>
/// Maps a Windows <c>powershell.exe</c> argument list to pwsh's: -NoProfile, -NonInteractive, -NoLogo,
/// -EncodedCommand (-enc, -e, -ec), -Command (including <c>-Command -</c>), -InputFormat and -OutputFormat pass
/// through; Windows-only switches (-ExecutionPolicy, -WindowStyle, -Sta, -Mta) are dropped.
/// </summary>
internal static class PowerShellArguments
{
    private static readonly string[] PassThroughSwitches = ["-noprofile", "-nop", "-noninteractive", "-noni", "-nologo"];
    private static readonly string[] PassThroughWithValue = ["-inputformat", "-inp", "-if", "-outputformat", "-of", "-o"];
    private static readonly string[] DroppedWithValue = ["-executionpolicy", "-ex", "-ep", "-windowstyle", "-w", "-version"];
    private static readonly string[] DroppedSwitches = ["-sta", "-mta", "-noexit"];
    private static readonly string[] EncodedCommand = ["-encodedcommand", "-enc", "-e", "-ec", "-en", "-encodedc"];
    private static readonly string[] Command = ["-command", "-c", "-com"];

    public static bool IsPowerShell(string program)
    {
        var name = Path.GetFileName(program.Replace('\\', '/')).ToLowerInvariant();
        return name is "powershell" or "powershell.exe" or "pwsh" or "pwsh.exe";
    }

    public static IReadOnlyList<string> ToPwsh(IReadOnlyList<string> windowsArguments)
    {
        var result = new List<string>();
        for (var i = 0; i < windowsArguments.Count; i++)
        {
            var argument = windowsArguments[i];
            var lower = argument.Replace('/', '-').ToLowerInvariant();
            if (PassThroughSwitches.Contains(lower))
            {
                result.Add(argument);
            }
            else if (DroppedSwitches.Contains(lower))
            {
                continue;
            }
            else if (DroppedWithValue.Contains(lower))
            {
                i++;
            }
            else if (PassThroughWithValue.Contains(lower) && i + 1 < windowsArguments.Count)
            {
                result.Add(argument);
                result.Add(windowsArguments[++i]);
            }
            else if (EncodedCommand.Contains(lower) && i + 1 < windowsArguments.Count)
            {
                result.Add("-EncodedCommand");
                result.Add(windowsArguments[++i]);
            }
            else if (Command.Contains(lower) || !argument.StartsWith('-') || argument == "-")
            {
                // Everything after -Command (or the first bare word) is the command text, as on Windows.
                var start = Command.Contains(lower) ? i + 1 : i;
                result.Add("-Command");
                result.Add(string.Join(' ', windowsArguments.Skip(start)));
                break;
            }
            else
            {
                result.Add(argument);
            }
        }

        return result;
    }
}
