using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LabDomainController.Launcher;

/// <summary>The lab's command line (contract 3) and its ready line.</summary>
internal static class LabCommandLine
{
    public static ProcessStartInfo BuildStartInfo(string dll, LabDomainControllerOptions options, string data)
    {
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string[] arguments =
        [
            dll, "--http-port", "0", "--https-port", "0", "--user", options.UserName, "--password", options.Password,
            "--data", data, "--latency-ms", Text(options.LatencyMs), "--powershell-start-ms", Text(options.PowerShellStartMs),
            "--fail-every", Text(options.FailEvery),
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in new[]
        {
            ("--fault-kinds", options.FaultKinds),
            ("--fault-seed", options.FaultSeed is { } seed ? Text(seed) : null),
            ("--fault-delay-ms", options.FaultDelayMs is { } delay ? Text(delay) : null),
        })
        {
            if (value is not null)
            {
                startInfo.ArgumentList.Add(name);
                startInfo.ArgumentList.Add(value);
            }
        }

        AddNumber(startInfo, "--max-shells", options.MaxShells);
        AddNumber(startInfo, "--max-envelope-kb", options.MaxEnvelopeSizeKb);
        AddNumber(startInfo, "--max-timeout-ms", options.MaxTimeoutMs);
        AddNumber(startInfo, "--shell-idle-seconds", options.ShellIdleSeconds);
        AddNumber(startInfo, "--max-processes-per-shell", options.MaxProcessesPerShell);

        if (options.UnprivilegedUserName is { } unprivileged)
        {
            startInfo.ArgumentList.Add("--unprivileged-user");
            startInfo.ArgumentList.Add(unprivileged);
        }

        if (options.StandardUserName is { } standard)
        {
            startInfo.ArgumentList.Add("--standard-user");
            startInfo.ArgumentList.Add(standard);
            startInfo.ArgumentList.Add("--standard-password");
            startInfo.ArgumentList.Add(options.StandardPassword);
        }

        if (options.CbtHardening is { } hardening)
        {
            startInfo.ArgumentList.Add("--cbt-hardening");
            startInfo.ArgumentList.Add(hardening);
        }

        if (options.Kerberos is { } kerberos)
        {
            startInfo.ArgumentList.Add("--kerberos");
            startInfo.Environment["KRB5_CONFIG"] = kerberos.Krb5ConfigPath;
            startInfo.Environment["KRB5_KTNAME"] = "FILE:" + kerberos.KeytabPath;
        }

        if (options.LocalUserName is { } localUser)
        {
            startInfo.ArgumentList.Add("--local-user");
            startInfo.ArgumentList.Add(localUser);
            startInfo.ArgumentList.Add("--local-password");
            startInfo.ArgumentList.Add(options.LocalPassword);
        }

        foreach (var (name, value) in new[] { ("--pdc", options.Pdc), ("--other-domain", options.OtherDomain), ("--culture", options.Culture) })
        {
            if (value is not null)
            {
                startInfo.ArgumentList.Add(name);
                startInfo.ArgumentList.Add(value);
            }
        }

        if (options.AllowUnencrypted)
        {
            startInfo.ArgumentList.Add("--allow-unencrypted");
        }

        return startInfo;
    }

    /// <summary>Reads <c>http=URL https=URL</c> (the text after "LabDomainController ready ").</summary>
    public static (Uri Http, Uri Https) ParseReadyLine(string line)
    {
        Uri? http = null, https = null;
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("http=", StringComparison.Ordinal))
            {
                http = new Uri(part["http=".Length..]);
            }
            else if (part.StartsWith("https=", StringComparison.Ordinal))
            {
                https = new Uri(part["https=".Length..]);
            }
        }

        return (http ?? throw new FormatException($"No http= in the ready line: {line}"),
            https ?? throw new FormatException($"No https= in the ready line: {line}"));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddNumber(ProcessStartInfo startInfo, string option, int? value)
    {
        if (value is { } number)
        {
            startInfo.ArgumentList.Add(option);
            startInfo.ArgumentList.Add(Text(number));
        }
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

}
