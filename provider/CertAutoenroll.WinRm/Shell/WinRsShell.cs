using System.Text;
using CertAutoenroll.WinRm.Logging;
using CertAutoenroll.WinRm.WsMan;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.Shell;

/// <summary>
/// One remote cmd shell: <see cref="OpenAsync"/> creates it, <see cref="RunAsync"/> runs many commands in it,
/// and <see cref="DisposeAsync"/> deletes it, also after a failure or cancellation.
/// </summary>
public sealed class WinRsShell : IAsyncDisposable
{
    /// <summary>How long Delete may take when the caller's own token is already cancelled.</summary>
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);

    private const int DeleteAttempts = 3;

    private readonly WsManClient _client;
    private readonly ILogger _logger;
    private int _deleted;

    private WinRsShell(WsManClient client, string shellId, ILogger logger)
    {
        _client = client;
        ShellId = shellId;
        _logger = logger;
    }

    public string ShellId { get; }

    internal static async Task<WinRsShell> OpenAsync(WsManClient client, ShellSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        var shellId = await client.CreateShellAsync(settings, cancellationToken).ConfigureAwait(false);
        WinRmLog.ShellOpened(logger, client.Endpoint.Host, shellId);
        return new WinRsShell(client, shellId, logger);
    }

    /// <summary>Starts a command without waiting for it; <paramref name="streamStdin"/> turns off console-mode stdin so Send feeds it.</summary>
    public async Task<ShellCommand> StartAsync(string command, IReadOnlyList<string> arguments, bool streamStdin, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_deleted != 0, this);
        var commandId = await _client.StartCommandAsync(ShellId, command, arguments, streamStdin, cancellationToken).ConfigureAwait(false);
        WinRmLog.CommandStarted(_logger, ShellId, commandId);
        return new ShellCommand(_client, ShellId, commandId);
    }

    /// <summary>Runs one command to its end: stdin (if any) is sent and closed, output is received until Done.</summary>
    public async Task<CommandResult> RunAsync(
        string command, IReadOnlyList<string> arguments, ReadOnlyMemory<byte> stdin, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var running = await StartAsync(command, arguments, streamStdin: !stdin.IsEmpty, cancellationToken).ConfigureAwait(false);
        var finished = false;
        try
        {
            if (!stdin.IsEmpty)
            {
                await running.SendAsync(stdin, end: true, cancellationToken).ConfigureAwait(false);
            }

            var (stdout, stderr, exitCode) = await running.ReceiveToEndAsync(deadline, cancellationToken).ConfigureAwait(false);
            finished = true;
            WinRmLog.CommandFinished(_logger, ShellId, running.CommandId, exitCode);
            return new CommandResult(Encoding.UTF8.GetString(stdout), Encoding.UTF8.GetString(stderr), exitCode);
        }
        finally
        {
            await SignalQuietlyAsync(running, finished ? WsManActions.SignalTerminate : WsManActions.SignalCtrlC, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _deleted, 1) != 0)
        {
            return;
        }

        using var cleanup = new CancellationTokenSource(CleanupTimeout);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _client.DeleteShellAsync(ShellId, cleanup.Token).ConfigureAwait(false);
                WinRmLog.ShellDeleted(_logger, _client.Endpoint.Host, ShellId);
                return;
            }
            catch (WsManFaultException fault) when (fault.WsManCode is WsManFaultCodes.ShellNotFound or WsManFaultCodes.OperationAborted)
            {
                WinRmLog.ShellDeleted(_logger, _client.Endpoint.Host, ShellId);
                return;
            }
            catch (Exception exception) when (exception is WinRmException or OperationCanceledException or TimeoutException)
            {
                // Deleting is idempotent (a second Delete answers "shell not found"), so a failed Delete is worth
                // repeating: a leaked shell counts against MaxShellsPerUser until its idle timeout.
                if (attempt >= DeleteAttempts || cleanup.IsCancellationRequested || exception is WinRmAuthenticationException)
                {
                    WinRmLog.ShellDeleteFailed(_logger, _client.Endpoint.Host, ShellId, exception.Message);
                    return;
                }
            }
        }
    }

    private async Task SignalQuietlyAsync(ShellCommand running, string code, CancellationToken cancellationToken)
    {
        using var cleanup = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken.IsCancellationRequested ? CancellationToken.None : cancellationToken);
        cleanup.CancelAfter(CleanupTimeout);
        try
        {
            await _client.SignalAsync(ShellId, running.CommandId, code, cleanup.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WinRmException or OperationCanceledException or TimeoutException)
        {
            WinRmLog.SignalFailed(_logger, ShellId, running.CommandId, exception.Message);
        }
    }
}
