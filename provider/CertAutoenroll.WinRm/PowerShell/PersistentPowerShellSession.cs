using System.Text;
using System.Threading.Channels;
using CertAutoenroll.WinRm.Logging;
using CertAutoenroll.WinRm.Shell;
using CertAutoenroll.WinRm.Transport;
using CertAutoenroll.WinRm.WsMan;
using Microsoft.Extensions.Logging;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// One remote powershell.exe running <see cref="PowerShellBootstrap.SessionLoop"/> in its own shell and connection
/// (started by <see cref="PowerShellBootstrap.SessionStart"/>, which reads the loop from the first stdin line; that
/// line travels in the same Send as the first requests, so a session's first answer costs no extra round trip).
/// A single pump task owns the connection: it writes every request that is queued at that moment in one Send,
/// then receives until the in-flight requests are answered. A request the service refused without performing it
/// (a quota, an internal error) is sent again in place, up to <c>inPlaceRetries</c> times with backoff. When the
/// process or shell dies, the shell is deleted first (so nothing of it still runs) and only then do in-flight
/// requests fail with <see cref="WinRmSessionLostException"/>; queued ones fail with <see cref="NotSentException"/>
/// at once, for the pool to hand them to another session. The session then reports <see cref="IsUsable"/> = false.
/// </summary>
internal sealed class PersistentPowerShellSession : IAsyncDisposable
{
    private readonly Func<WsManConnection> _connect;
    private readonly ILogger _logger;
    private readonly int _number;
    private readonly string _host;
    private readonly TimeSpan _invocationTimeout;
    private readonly RetryPolicy _inPlace;
    private readonly Channel<PendingInvocation> _queue = Channel.CreateUnbounded<PendingInvocation>(new() { SingleReader = true });
    private readonly List<PendingInvocation> _inFlight = [];
    private readonly List<PendingInvocation> _resend = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _load;
    private volatile bool _dead;
    private volatile bool _open;
    private volatile bool _everOpened;

    // The loop's source goes in front of the next Send until the loop has answered something: after a fault on the way
    // it may not have arrived, and a copy the running loop reads is ignored (it is not a request line).
    private bool _loopLineDue = true;
    private bool _loopAnswered;

    public PersistentPowerShellSession(
        Func<WsManConnection> connect, int number, string host, TimeSpan invocationTimeout, ILogger logger, int inPlaceRetries = 0)
    {
        _inPlace = RetryPolicy.Default(inPlaceRetries);
        _connect = connect;
        _number = number;
        _host = host;
        _invocationTimeout = invocationTimeout;
        _logger = logger;
        _pump = Task.Run(RunAsync);
    }

    /// <summary>Requests queued or in flight; the pool sends new work to the least loaded session.</summary>
    public int Load => Volatile.Read(ref _load);

    public bool IsUsable => !_dead;

    /// <summary>True once the remote process runs; false while the shell and process are still being started.</summary>
    public bool IsOpen => _open && !_dead;

    /// <summary>The latest fault this session met (also one it recovered from by sending again), for error messages.</summary>
    public Exception? LastFault { get; private set; }

    /// <summary>True once the shell was created and the process started: the credentials were accepted then.</summary>
    public bool HasOpened => _everOpened;

    public async Task<PowerShellResult> InvokeAsync(string script, string argument, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var pending = new PendingInvocation(id, PowerShellFraming.EncodeRequest(id, script, argument), DateTimeOffset.UtcNow + _invocationTimeout);
        if (_dead || !_queue.Writer.TryWrite(pending))
        {
            throw new NotSentException("The PowerShell session is closed.");
        }

        Interlocked.Increment(ref _load);
        try
        {
            using var registration = cancellationToken.Register(() => pending.Cancel(cancellationToken));
            return await pending.Task.ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _load);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _dead = true;
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        WsManConnection? connection = null;
        WinRsShell? shell = null;
        Exception? failure = null;
        var opened = false;
        try
        {
            connection = _connect();
            var client = connection.Client;
            // A Create is not abandoned half-way when the session is closed: the service would make a shell whose id the
            // client never learns, left open until its idle timeout. Once it answers, the shell is deleted as usual.
            shell = await InPlaceAsync(
                "Create", () => WinRsShell.OpenAsync(client, new ShellSettings(), _logger, CancellationToken.None), CanRepeatOpening, _stop.Token)
                .ConfigureAwait(false);
            _stop.Token.ThrowIfCancellationRequested();
            var started = shell;
            var command = await InPlaceAsync(
                "Command",
                () => started.StartAsync(
                    PowerShellBootstrap.Executable, PowerShellBootstrap.Arguments(PowerShellBootstrap.SessionStart), streamStdin: true, _stop.Token),
                CanRepeatOpening,
                _stop.Token).ConfigureAwait(false);
            opened = true;
            _everOpened = true;
            _open = true;
            WinRmLog.PowerShellSessionStarted(_logger, _number, _host, shell.ShellId);
            await PumpAsync(command, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            failure = new ObjectDisposedException(nameof(PersistentPowerShellSession), "The PowerShell session was closed.");
        }
        catch (Exception exception)
        {
            failure = exception;
            if (opened)
            {
                WinRmLog.PowerShellSessionLost(_logger, _number, _host, exception.Message);
            }
        }
        finally
        {
            _dead = true;
            _queue.Writer.TryComplete();
            FailQueued(failure, opened);
            if (shell is not null)
            {
                // Deleted before the in-flight requests are released: their re-runs elsewhere must not race a copy still running here.
                await shell.DisposeAsync().ConfigureAwait(false);
            }

            FailInFlight(failure ?? new WinRmSessionLostException("The remote PowerShell process ended."));
            connection?.Dispose();
        }
    }

    /// <summary>Creating a shell or starting its process may be repeated after any transient fault: nothing ran yet.</summary>
    private static bool CanRepeatOpening(Exception exception) =>
        TransientFaults.IsTransient(exception) && exception is not WsManFaultException { WsManCode: WsManFaultCodes.ShellNotFound };

    /// <summary>Runs one WS-Man step, repeating it on the same shell while <paramref name="canRepeat"/> says the fault left nothing done.</summary>
    private async Task<T> InPlaceAsync<T>(string action, Func<Task<T>> step, Func<Exception, bool> canRepeat, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step().ConfigureAwait(false);
            }
            catch (Exception exception) when (Remember(exception) && attempt <= _inPlace.MaxRetries && !cancellationToken.IsCancellationRequested
                && canRepeat(exception))
            {
                var delay = _inPlace.DelayBefore(attempt);
                WinRmLog.RetryInPlace(_logger, _number, _host, action, exception.Message, attempt, _inPlace.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PumpAsync(ShellCommand command, CancellationToken cancellationToken)
    {
        var lines = new LineSplitter(PowerShellBootstrap.ReplyMarker + " ");
        var stderr = new StringBuilder();
        var resync = false;
        var linkFaults = 0;
        var authFaultSinceReceive = false;
        while (true)
        {
            if (_inFlight.Count == 0 && _resend.Count == 0 && !await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            try
            {
                if (resync)
                {
                    await SendReplayRequestAsync(command, cancellationToken).ConfigureAwait(false);
                    resync = false;
                }

                await SendQueuedAsync(command, cancellationToken).ConfigureAwait(false);
                if (_inFlight.Count == 0)
                {
                    continue;
                }

                var output = await InPlaceAsync(
                    "Receive", () => command.ReceiveOnceAsync(cancellationToken), TransientFaults.RefusedShellAlive, cancellationToken).ConfigureAwait(false);
                linkFaults = 0;
                authFaultSinceReceive = false;
                stderr.Append(Encoding.UTF8.GetString(output.Stderr));
                foreach (var line in lines.Push(output.Stdout))
                {
                    Dispatch(line);
                }

                if (output.Done)
                {
                    var detail = ClixmlDecoder.Decode(stderr.ToString()).Trim();
                    throw new WinRmSessionLostException(
                        $"The remote PowerShell process on {_host} exited (code {output.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})"
                        + (detail.Length > 0 ? $": {detail}" : "."));
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Remember(exception)
                && LostOnTheWay(exception, ref authFaultSinceReceive) && ++linkFaults <= _inPlace.MaxRetries)
            {
                // The shell and its process may well be fine; only a request or reply was lost on the way. Output may be
                // missing, so drop the broken line and ask the process for the replies of everything still in flight.
                lines.MarkGap();
                resync = true;
                _loopLineDue |= !_loopAnswered;
                var delay = _inPlace.DelayBefore(linkFaults);
                WinRmLog.Resynchronising(_logger, _number, _host, exception.Message, _inFlight.Count, linkFaults, _inPlace.MaxRetries, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            ExpireOverdue();
        }
    }

    /// <summary>
    /// A fault of the link, not of the shell: a dropped connection, a timeout, an HTTP 5xx without a SOAP fault, a reply
    /// that does not parse, or a 401 on the established connection (once per Receive: a second one means the logon itself fails).
    /// </summary>
    private static bool LostOnTheWay(Exception exception, ref bool authFaultSinceReceive)
    {
        if (exception is WinRmAuthenticationException)
        {
            var first = !authFaultSinceReceive;
            authFaultSinceReceive = true;
            return first;
        }

        return exception is WinRmProtocolException or TimeoutException
            || exception is WinRmTransportException transport && TransientFaults.IsTransient(transport);
    }

    private async Task SendReplayRequestAsync(ShellCommand command, CancellationToken cancellationToken)
    {
        if (_inFlight.Count == 0)
        {
            return;
        }

        using var data = new MemoryStream();
        WriteLoopLineIfDue(data);
        data.Write(PowerShellFraming.EncodeReplayRequest(_inFlight.Select(p => p.Id)));
        _loopLineDue = false;
        await SendInPlaceAsync(command, data.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts the loop's source in front of what is about to be sent while it is due; the caller clears it once it sends.</summary>
    private void WriteLoopLineIfDue(MemoryStream data)
    {
        if (_loopLineDue)
        {
            data.Write(PowerShellBootstrap.SessionLoopLine);
        }
    }

    /// <summary>
    /// Writes <paramref name="data"/> in Sends of at most <see cref="ShellCommand.MaxStdinChunkBytes"/>, each repeated on
    /// its own while the service refused it: repeating the whole after a later piece was refused would write the pieces
    /// already delivered twice, one line continuing into its own copy.
    /// </summary>
    private async Task SendInPlaceAsync(ShellCommand command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var first = true;
        do
        {
            var chunk = data[..Math.Min(data.Length, ShellCommand.MaxStdinChunkBytes)];
            data = data[chunk.Length..];
            try
            {
                await InPlaceAsync(
                    "Send", async () => { await command.SendAsync(chunk, end: false, cancellationToken).ConfigureAwait(false); return true; },
                    TransientFaults.RefusedShellAlive, cancellationToken).ConfigureAwait(false);
            }
            catch (WsManFaultException fault) when (!first && TransientFaults.WasRefused(fault))
            {
                // Part of the data reached the process already: the requests in it may run, so they are not "not sent".
                throw new WinRmSessionLostException($"The remote shell on {_host} refused the rest of a request it had partly received.", fault);
            }

            first = false;
        }
        while (!data.IsEmpty);
    }

    private async Task SendQueuedAsync(ShellCommand command, CancellationToken cancellationToken)
    {
        using var batch = new MemoryStream();
        var sent = new List<PendingInvocation>();
        WriteLoopLineIfDue(batch);

        while (_resend.Count > 0 && (sent.Count == 0 || batch.Length + _resend[0].RequestLine.Length <= ShellCommand.MaxStdinChunkBytes))
        {
            var again = _resend[0];
            _resend.RemoveAt(0);
            if (!again.IsFinished)
            {
                batch.Write(again.RequestLine);
                sent.Add(again);
            }
        }

        while (_queue.Reader.TryPeek(out var next))
        {
            if (next.IsFinished)
            {
                _queue.Reader.TryRead(out _);
                continue;
            }

            if (sent.Count > 0 && batch.Length + next.RequestLine.Length > ShellCommand.MaxStdinChunkBytes)
            {
                break;
            }

            _queue.Reader.TryRead(out _);
            batch.Write(next.RequestLine);
            sent.Add(next);
        }

        if (sent.Count == 0)
        {
            return;
        }

        _loopLineDue = false;
        _inFlight.AddRange(sent);
        var data = batch.ToArray();
        try
        {
            await SendInPlaceAsync(command, data, cancellationToken).ConfigureAwait(false);
        }
        catch (WsManFaultException fault) when (TransientFaults.WasRefused(fault))
        {
            // The service refused the data (the shell gone, a quota): nothing of this batch ran, so it may go elsewhere.
            _inFlight.RemoveAll(sent.Contains);
            foreach (var pending in sent)
            {
                pending.Fail(new NotSentException("The remote shell refused the request before running it.", fault));
            }

            throw;
        }

        foreach (var pending in sent)
        {
            pending.Sent = true;
        }

        WinRmLog.PowerShellBatchSent(_logger, _number, sent.Count);
    }

    private void Dispatch(string line)
    {
        var parsed = PowerShellFraming.TryParseReply(line);
        _loopAnswered |= parsed is not null;
        if (parsed is not { } reply)
        {
            if (line.Length > 0)
            {
                WinRmLog.PowerShellStrayOutput(_logger, _number, line);
            }

            return;
        }

        var index = _inFlight.FindIndex(p => p.Id == reply.Id);
        if (index < 0)
        {
            return;
        }

        if (reply.Result is { } result)
        {
            _inFlight[index].Complete(result);
        }
        else
        {
            // The process never got this request (its Send was lost): it can only be sent again.
            _resend.Add(_inFlight[index]);
        }

        _inFlight.RemoveAt(index);
    }

    private void ExpireOverdue()
    {
        var now = DateTimeOffset.UtcNow;
        if (_inFlight.Count > 0 && _inFlight[0].Deadline < now && !_inFlight[0].IsFinished)
        {
            _inFlight[0].Fail(new TimeoutException(
                $"The PowerShell request did not finish within {_invocationTimeout}; the remote session on {_host} is being closed."));
            _inFlight.RemoveAt(0);
            throw new WinRmSessionLostException($"A request on {_host} ran past its deadline; the session was closed to stop it.");
        }
    }

    private bool Remember(Exception exception)
    {
        LastFault = exception;
        return true;
    }

    private void FailQueued(Exception? failure, bool opened)
    {
        foreach (var again in _resend)
        {
            again.Fail(new NotSentException("The PowerShell session was lost before the request was sent again.", failure));
        }

        _resend.Clear();
        while (_queue.Reader.TryRead(out var queued))
        {
            queued.Fail(failure switch
            {
                null or ObjectDisposedException => new NotSentException("The PowerShell session was closed before the request was sent.", failure),
                _ when opened || TransientFaults.IsTransient(failure) => new NotSentException("The PowerShell session was lost before the request was sent.", failure),
                _ => failure,
            });
        }
    }

    private void FailInFlight(Exception failure)
    {
        foreach (var pending in _inFlight)
        {
            pending.Fail(failure is WinRmSessionLostException or ObjectDisposedException
                ? failure
                : new WinRmSessionLostException($"The remote PowerShell session on {_host} was lost while the request ran: {failure.Message}", failure));
        }

        _inFlight.Clear();
    }
}
