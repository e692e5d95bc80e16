using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Hosting;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>
/// <c>pulumi-resource-certautoenroll doctor</c>: checks a DC connection in the order a request travels
/// and prints one line per check, with the fix for each failure. Exit 0 all passed, 1 a check failed,
/// 2 the settings themselves are wrong.
/// </summary>
internal static class DoctorCommand
{
    public const string Name = "doctor";
    public const int CheckFailed = 1;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, DoctorConsole console, CancellationToken cancellationToken)
    {
        DoctorArguments arguments;
        try
        {
            arguments = DoctorArguments.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException exception)
        {
            await console.Error.WriteLineAsync($"{Usage.ProgramName} doctor: {exception.Message}").ConfigureAwait(false);
            return PluginCommand.UsageError;
        }

        if (arguments.Help)
        {
            await console.Output.WriteAsync(DoctorUsage.Text).ConfigureAwait(false);
            return 0;
        }

        var config = arguments.Config;
        if (arguments.HasUserName && Environment.GetEnvironmentVariable(DoctorArguments.PasswordVariable) is not { Length: > 0 })
        {
            var password = console.ReadSecret("Password: ");
            if (password is null)
            {
                await console.Error.WriteLineAsync(
                    $"{Usage.ProgramName} doctor: a user name is set but no password: set {DoctorArguments.PasswordVariable} "
                    + "(input is not a terminal, so there is nobody to ask).").ConfigureAwait(false);
                return PluginCommand.UsageError;
            }

            config = config.Clone();
            config.Fields[ConfigKeys.Password] = Value.ForString(password);
        }

        var parsed = ProviderConfigParser.Parse(config);
        if (parsed.Config is null)
        {
            foreach (var failure in parsed.Failures)
            {
                await console.Output.WriteLineAsync(CheckResult.Fail("settings", failure.Reason, $"fix '{failure.Key}' ({FlagFor(failure.Key)}).").ToString()).ConfigureAwait(false);
            }

            return PluginCommand.UsageError;
        }

        var connection = parsed.Config.Connection;
        await console.Output.WriteLineAsync(CheckResult.Pass("settings", connection.ToString()).ToString()).ConfigureAwait(false);
        var failed = false;
        var network = await NetworkCheck.RunAsync(connection, cancellationToken).ConfigureAwait(false);
        await console.Output.WriteLineAsync(network.ToString()).ConfigureAwait(false);
        var tls = network.Status == CheckStatus.Passed
            ? await TlsCheck.RunAsync(connection, cancellationToken).ConfigureAwait(false)
            : CheckResult.Skip(TlsCheck.Name, "needs the network check.");
        await console.Output.WriteLineAsync(tls.ToString()).ConfigureAwait(false);
        failed = network.Status == CheckStatus.Failed || tls.Status == CheckStatus.Failed;

        var remaining = RemoteChecks.Names(arguments.GpoName is not null).ToList();
        if (!failed)
        {
            var remote = new RemoteChecks(connection, parsed.Config.Domain, arguments.Server);
            await foreach (var result in remote.RunAsync(arguments.GpoName, cancellationToken).ConfigureAwait(false))
            {
                remaining.Remove(result.Name);
                failed |= result.Status == CheckStatus.Failed;
                await console.Output.WriteLineAsync(result.ToString()).ConfigureAwait(false);
            }
        }

        foreach (var name in remaining)
        {
            await console.Output.WriteLineAsync(CheckResult.Skip(name, "needs the checks above.").ToString()).ConfigureAwait(false);
        }

        return failed ? CheckFailed : 0;
    }

    private static string FlagFor(string key) => key switch
    {
        ConfigKeys.Password => $"{DoctorArguments.PasswordVariable} or the prompt",
        _ => "--" + string.Concat(key.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())),
    };
}
