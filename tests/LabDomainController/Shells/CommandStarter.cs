using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.Hosting;

namespace LabDomainController.Shells;

/// <summary>
/// Starts what a WinRS command line asks for: <c>powershell[.exe]</c> becomes a real pwsh with the lab
/// GroupPolicy module (after the configured start delay); anything else runs as a cmd.exe builtin.
/// </summary>
internal sealed class CommandStarter(LabOptions options, LabCounterState counters, ProcessTracker tracker)
{
    public async Task<IShellCommand> StartAsync(
        LabShell shell, string commandId, string commandLine, bool skipCmdShell, CancellationToken cancellationToken)
    {
        counters.Command();
        if (!skipCmdShell && commandLine.Length > BuiltinCommand.MaxCommandLineLength)
        {
            return new BuiltinCommand(commandId, commandLine, shell.Codepage);
        }

        var tokens = CommandLineTokenizer.Split(commandLine);
        if (tokens.Count > 0 && tokens[0].Equals("cmd", StringComparison.OrdinalIgnoreCase) && tokens.Count > 2
            && tokens[1].Equals("/c", StringComparison.OrdinalIgnoreCase))
        {
            tokens = tokens.Skip(2).ToArray();
        }

        if (tokens.Count == 0 || !PowerShellArguments.IsPowerShell(tokens[0]))
        {
            return new BuiltinCommand(commandId, commandLine, shell.Codepage);
        }

        if (options.PowerShellStartMs > 0)
        {
            await Task.Delay(options.PowerShellStartMs, cancellationToken).ConfigureAwait(false);
        }

        var topology = options.Topology with { LogonUser = shell.Owner };
        var startInfo = LabPowerShell.CreateStartInfo(options.DataDirectory, PowerShellArguments.ToPwsh(tokens.Skip(1).ToArray()), topology);
        startInfo.Environment["TERM"] = "dumb";
        foreach (var (name, value) in shell.Environment)
        {
            startInfo.Environment[name] = value;
        }

        // The logon is the service's to set, never the client's (a shell variable cannot change who runs the process).
        foreach (var (name, value) in topology.ToEnvironment().Where(v => v.Key is "USERNAME" or GroupPolicyModule.ActiveDirectory.Security.LabLogon.AccountVariable))
        {
            startInfo.Environment[name] = value;
        }

        var command = ProcessCommand.Start(commandId, startInfo, shell.Codepage, tracker);
        counters.PowerShellStarted();
        return command;
    }
}
