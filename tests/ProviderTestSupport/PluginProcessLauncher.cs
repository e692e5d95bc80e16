using System.Diagnostics;
using System.Text;

namespace CertAutoenroll.ProviderTestSupport;

/// <summary>
/// Starts <c>dotnet &lt;dll&gt; &lt;args&gt;</c> (or an executable itself, such as the released binary) as the Pulumi
/// engine starts a plugin and times it until its first stdout line (the port line for a provider), read byte by
/// byte as the engine does. Shared (linked source) by the provider tests and the benchmarks.
/// </summary>
internal static class PluginProcessLauncher
{
    private const int StderrTailLines = 20;

    public static async Task<(Process Process, string FirstLine, TimeSpan Elapsed)> StartAsync(
        string dll,
        IReadOnlyList<string> arguments,
        Action<string?> stderrLine,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var isDll = dll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var startInfo = new ProcessStartInfo(isDll ? DotnetHost() : dll)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        if (isDll)
        {
            startInfo.ArgumentList.Add(dll);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var process = new Process { StartInfo = startInfo };
        var stderrTail = new Queue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } text)
            {
                lock (stderrTail)
                {
                    stderrTail.Enqueue(text);
                    if (stderrTail.Count > StderrTailLines)
                    {
                        stderrTail.Dequeue();
                    }
                }
            }

            stderrLine(e.Data);
        };
        process.Start();
        process.BeginErrorReadLine();
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            var line = await ReadFirstLineAsync(process.StandardOutput.BaseStream, deadline.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException(await DescribeEarlyExitAsync(process, Path.GetFileName(dll), stderrTail).ConfigureAwait(false));
            var elapsed = stopwatch.Elapsed;
            return (process, line, elapsed);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // exited meanwhile
        }
    }

    /// <summary>SIGINT, as the engine interrupts its plugins at shutdown; the plugin then closes its remote shells.</summary>
    public static void Interrupt(Process process) => Signal(process, "-INT");

    /// <summary>SIGTERM, what the engine's Close sends first (on Windows, where there is none, a kill).</summary>
    public static void Terminate(Process process) => Signal(process, "-TERM");

    private static void Signal(Process process, string signal)
    {
        if (OperatingSystem.IsWindows() || process.HasExited)
        {
            Kill(process);
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        });
        kill?.WaitForExit();
    }

    /// <summary>Why a plugin that never wrote its first line ended: its exit code and the last lines of its stderr.</summary>
    private static async Task<string> DescribeEarlyExitAsync(Process process, string name, Queue<string> stderrTail)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stdout closed but the process lingers: report what there is
        }

        var code = process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none yet";
        string tail;
        lock (stderrTail)
        {
            tail = stderrTail.Count == 0 ? "(nothing)" : string.Join('\n', stderrTail);
        }

        return $"{name} exited before writing its first line (exit code {code}); the end of its stderr:\n{tail}";
    }

    private static async Task<string?> ReadFirstLineAsync(Stream stdout, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var buffer = new byte[1];
        while (await stdout.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) == 1)
        {
            if (buffer[0] == (byte)'\n')
            {
                return Encoding.UTF8.GetString([.. bytes]);
            }

            bytes.Add(buffer[0]);
        }

        return null;
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
