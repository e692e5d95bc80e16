namespace CertAutoenroll.Provider.Hosting;

/// <summary>What the engine passes on the command line: logging flags, then the engine address.</summary>
internal sealed record CommandLine(string? EngineAddress, bool LogToStdErr)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        string? engineAddress = null;
        var logToStdErr = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--logtostderr")
            {
                logToStdErr = true;
            }
            else if (arg == "--tracing")
            {
                i++; // the tracing endpoint follows the flag
            }
            else if (arg.StartsWith('-'))
            {
                // -v=N, --logflow and any flag a newer engine adds
            }
            else
            {
                engineAddress = arg;
            }
        }

        return new CommandLine(engineAddress, logToStdErr);
    }
}
