using System.Text;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using CertAutoenroll.WinRm.Shell;
using CertAutoenroll.WinRm.WsMan;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm;

/// <summary>
/// One-shot remote commands: each call opens a shell, runs one command and deletes the shell. Simple and
/// slow; <see cref="WinRmPowerShellPool"/> is the fast path. Also opens shells for callers that run many commands.
/// </summary>
public sealed class WinRmClient : IDisposable
{
    public static readonly TimeSpan DefaultCommandTimeout = TimeSpan.FromMinutes(15);

    private readonly WsManConnection _connection;
    private readonly ILogger _logger;
    private readonly string _host;

    public WinRmClient(WinRmConnectionOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        WinRmOptionRules.ThrowIfInvalid(options);
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<WinRmClient>();
        _connection = WsManConnection.Open(options, _logger);
        _host = options.Host;
    }

    internal WinRmClient(WsManConnection connection, ILogger logger, string host)
    {
        _connection = connection;
        _logger = logger;
        _host = host;
    }

    public Task<WinRsShell> OpenShellAsync(CancellationToken cancellationToken) =>
        WinRsShell.OpenAsync(_connection.Client, new ShellSettings(), _logger, cancellationToken);

    /// <summary>Runs <paramref name="command"/> in a new shell that is deleted afterwards, whatever happens.</summary>
    public async Task<CommandResult> RunCommandAsync(
        string command, IReadOnlyList<string> arguments, ReadOnlyMemory<byte> stdin, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        var shell = await OpenShellAsync(cancellationToken).ConfigureAwait(false);
        await using (shell.ConfigureAwait(false))
        {
            return await shell.RunAsync(command, arguments, stdin, timeout ?? DefaultCommandTimeout, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs one PowerShell script in a fresh powershell.exe (script over stdin, so any size); stderr comes back
    /// with CLIXML decoded; the exit code is 1 when the script failed.
    /// </summary>
    public async Task<CommandResult> RunPowerShellAsync(string script, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        var stdin = Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(script)));
        var result = await RunCommandAsync(
            PowerShellBootstrap.Executable, PowerShellBootstrap.Arguments(PowerShellBootstrap.RunOnce), stdin, timeout, cancellationToken)
            .ConfigureAwait(false);
        return result with { Stderr = ClixmlDecoder.Decode(result.Stderr) };
    }

    public override string ToString() => $"WinRmClient {_host}";

    public void Dispose() => _connection.Dispose();
}
