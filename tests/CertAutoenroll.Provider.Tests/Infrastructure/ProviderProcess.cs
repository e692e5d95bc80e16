using System.Diagnostics;
using System.Reflection;
using System.Text;
using CertAutoenroll.ProviderTestSupport;
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
    private static readonly string[] CredentialVariables = ["CERTAUTOENROLL_HOST", "CERTAUTOENROLL_USERNAME", "CERTAUTOENROLL_PASSWORD"];
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr;
    private readonly Task _pump;
    private readonly GrpcChannel _channel;

    private ProviderProcess(Process process, StringBuilder stderr, int port, string portLine)
    {
        _process = process;
        _stderr = stderr;
        Port = port;
        PortLine = portLine;
        _channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        Client = new ResourceProvider.ResourceProviderClient(_channel);
        _pump = Pump(process.StandardOutput.BaseStream, _stdout);
    }

    public static string DllPath => Metadata("ProviderDll");

    public int Port { get; }

    /// <summary>The first stdout line exactly as written, including its newline.</summary>
    public string PortLine { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the engine's Close does first: SIGTERM (on Windows, where there is none, a kill).</summary>
    public void Terminate() => PluginProcessLauncher.Terminate(_process);

    /// <summary>What the engine does last to a plugin that is still there a few seconds after its interrupt.</summary>
    public void Kill() => PluginProcessLauncher.Kill(_process);

    public static async Task<ProviderProcess> StartAsync(string? engineAddress, IReadOnlyDictionary<string, string?>? environment = null, params string[] leadingArguments)
    {
        var stderr = new StringBuilder();
        var variables = CredentialVariables.ToDictionary(v => v, _ => (string?)null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        string[] arguments = engineAddress is null ? leadingArguments : [.. leadingArguments, engineAddress];
        var (process, line, _) = await PluginProcessLauncher.StartAsync(
            DllPath,
            arguments,
            text =>
            {
                lock (stderr)
                {
                    stderr.Append(text).Append('\n');
                }
            },
            StartTimeout,
            CancellationToken.None,
            variables);
        return new ProviderProcess(process, stderr, int.Parse(line.Trim(), System.Globalization.CultureInfo.InvariantCulture), line + "\n");
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
        PluginProcessLauncher.Kill(_process);
        await _process.WaitForExitAsync();
        await _pump.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _process.Dispose();
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
