using CertAutoenroll.Provider.Doctor;
using CertAutoenroll.Provider.Schema;

namespace CertAutoenroll.Provider.Hosting;

/// <summary>The program's entry: the engine's plugin server, or one of the commands people run by hand.</summary>
internal static class PluginCommand
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == DoctorCommand.Name)
        {
            return await DoctorCommand.RunAsync(args[1..], DoctorConsole.System, CancellationToken.None).ConfigureAwait(false);
        }

        if (args.Any(a => a is "--help" or "-h" or "-?" or "help"))
        {
            await Console.Out.WriteAsync(Usage.Text).ConfigureAwait(false);
            return 0;
        }

        if (args.Contains("--version"))
        {
            await Console.Out.WriteLineAsync(ReleaseStamp.Version).ConfigureAwait(false);
            return 0;
        }

        var commandLine = CommandLine.Parse(args);
        EngineAddress? engine = null;
        if (commandLine.EngineAddress is { } text && !EngineAddress.TryParse(text, out engine))
        {
            await Console.Error.WriteLineAsync(
                $"{Usage.ProgramName}: '{text}' is not an engine address (expected host:port, e.g. 127.0.0.1:50051). "
                + $"The Pulumi CLI starts this plugin itself; see '{Usage.ProgramName} --help'.").ConfigureAwait(false);
            return UsageError;
        }

        return await ProviderHost.RunAsync(commandLine, engine).ConfigureAwait(false);
    }
}
