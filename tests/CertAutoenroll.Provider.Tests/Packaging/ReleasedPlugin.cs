using System.Diagnostics;
using System.Text;
using CertAutoenroll.Provider.Tests.Infrastructure;
using Grpc.Net.Client;
using Pulumirpc;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>
/// The unpacked release binary started as the engine starts a plugin, with no <c>dotnet</c> on PATH and no
/// DOTNET_* variables: the port line, then plaintext HTTP/2 gRPC.
/// </summary>
internal sealed class ReleasedPlugin : ProviderConnection
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly GrpcChannel _channel;
    private readonly StringBuilder _stderr;

    private ReleasedPlugin(Process process, StringBuilder stderr, int port)
    {
        _process = process;
        _stderr = stderr;
        _channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        Client = new ResourceProvider.ResourceProviderClient(_channel);
    }

    public override ResourceProvider.ResourceProviderClient Client { get; }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static async Task<ReleasedPlugin> StartAsync(string binary, string engineAddress)
    {
        var folder = Path.GetDirectoryName(binary)!;
        var startInfo = new ProcessStartInfo(binary, [engineAddress])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var name in startInfo.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("CERTAUTOENROLL_", StringComparison.Ordinal)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["PATH"] = folder; // no dotnet anywhere on it
        var stderr = new StringBuilder();
        var process = Process.Start(startInfo)!;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.Append(e.Data).Append('\n');
            }
        };
        process.BeginErrorReadLine();
        try
        {
            return new ReleasedPlugin(process, stderr, await ReadPortLineAsync(process.StandardOutput.BaseStream));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static async Task<int> ReadPortLineAsync(Stream stdout)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await stdout.ReadAsync(buffer, timeout.Token) == 1 && buffer[0] != '\n')
        {
            line.Append((char)buffer[0]);
        }

        return int.Parse(line.ToString().Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
