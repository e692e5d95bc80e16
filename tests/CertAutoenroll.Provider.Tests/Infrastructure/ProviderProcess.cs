using System.Diagnostics;
using System.Reflection;
using System.Text;
using Grpc.Net.Client;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>
/// The built plugin run as the engine runs it: <c>dotnet pulumi-resource-certautoenroll.dll [engine address]</c>,
/// port read from the first stdout line, then plaintext HTTP/2 gRPC. Everything the process writes afterwards is kept.
/// </summary>
internal sealed class ProviderProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _pumps;
    private readonly GrpcChannel _channel;

    private ProviderProcess(Process process, int port, string portLine)
    {
        _process = process;
        Port = port;
        PortLine = portLine;
        _channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        Client = new ResourceProvider.ResourceProviderClient(_channel);
        _pumps = Task.WhenAll(
            Pump(process.StandardOutput.BaseStream, _stdout),
            Pump(process.StandardError.BaseStream, _stderr));
    }

    public static string DllPath => Metadata("ProviderDll");

    public int Port { get; }

    /// <summary>The first stdout line exactly as written, including its newline.</summary>
    public string PortLine { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the engine's Close does first: SIGTERM (on Windows, where there is none, a kill).</summary>
    public void Terminate()
    {
        if (OperatingSystem.IsWindows())
        {
            _process.Kill();
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public static async Task<ProviderProcess> StartAsync(string? engineAddress, IReadOnlyDictionary<string, string?>? environment = null, params string[] leadingArguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(DllPath);
        foreach (var argument in leadingArguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (engineAddress is not null)
        {
            startInfo.ArgumentList.Add(engineAddress);
        }

        foreach (var name in new[] { "CERTAUTOENROLL_HOST", "CERTAUTOENROLL_USERNAME", "CERTAUTOENROLL_PASSWORD" })
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start");
        try
        {
            var line = await ReadPortLineAsync(process.StandardOutput.BaseStream);
            return new ProviderProcess(process, int.Parse(line.Trim(), System.Globalization.CultureInfo.InvariantCulture), line);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Everything written to stdout after the port line, and to stderr.</summary>
    public string CapturedOutput()
    {
        lock (_stdout)
        {
            lock (_stderr)
            {
                return _stdout + "\n" + _stderr;
            }
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _pumps.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _process.Dispose();
    }

    private static async Task<string> ReadPortLineAsync(Stream stdout)
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var bytes = new List<byte>();
        var buffer = new byte[1];
        while (true)
        {
            var read = await stdout.ReadAsync(buffer, cts.Token);
            if (read == 0)
            {
                throw new InvalidOperationException($"the provider exited before writing its port line (got '{Encoding.ASCII.GetString([.. bytes])}')");
            }

            bytes.Add(buffer[0]);
            if (buffer[0] == '\n')
            {
                return Encoding.ASCII.GetString([.. bytes]);
            }
        }
    }

    private static async Task Pump(Stream stream, StringBuilder sink)
    {
        using var reader = new StreamReader(stream);
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (sink)
            {
                sink.Append(buffer, 0, read);
            }
        }
    }

    private static string Metadata(string key) =>
        typeof(ProviderProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
