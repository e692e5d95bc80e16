namespace LabDomainController.Shells;

/// <summary>
/// Output of one command waiting to be collected by Receive: bytes per stream, stream ends and the exit code.
/// Receive blocks on it until something arrives or the command is done.
/// </summary>
internal sealed class CommandOutput
{
    private readonly Lock _lock = new();
    private readonly MemoryStream _stdout = new();
    private readonly MemoryStream _stderr = new();
    private bool _stdoutClosed;
    private bool _stderrClosed;
    private int? _exitCode;
    private TaskCompletionSource _changed = NewSignal();

    public void Append(OutputStreamName stream, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        lock (_lock)
        {
            var buffer = stream == OutputStreamName.Stdout ? _stdout : _stderr;
            buffer.Write(data);
            SignalLocked();
        }
    }

    public void Close(OutputStreamName stream)
    {
        lock (_lock)
        {
            if (stream == OutputStreamName.Stdout)
            {
                _stdoutClosed = true;
            }
            else
            {
                _stderrClosed = true;
            }

            SignalLocked();
        }
    }

    public void SetExitCode(int exitCode)
    {
        lock (_lock)
        {
            _exitCode ??= exitCode;
            SignalLocked();
        }
    }

    /// <summary>
    /// Returns what is available, at most <paramref name="maxBytes"/> of stdout and stderr together (the rest waits for
    /// the next Receive), or null when nothing arrived within <paramref name="timeout"/>.
    /// </summary>
    public async Task<ReceivedOutput?> TakeAsync(TimeSpan timeout, int maxBytes, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var done = _exitCode is not null && _stdoutClosed && _stderrClosed;
                if (_stdout.Length > 0 || _stderr.Length > 0 || done)
                {
                    var stdoutShare = Math.Max(maxBytes / 2, maxBytes - (int)_stderr.Length);
                    var stdout = Drain(_stdout, stdoutShare);
                    var stderr = Drain(_stderr, maxBytes - stdout.Length);
                    var finished = done && _stdout.Length == 0 && _stderr.Length == 0;
                    return new ReceivedOutput(stdout, stderr, finished ? _exitCode : null);
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return null;
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }
    }

    private static byte[] Drain(MemoryStream buffer, int maxBytes)
    {
        var all = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var taken = all[..Math.Min(all.Length, maxBytes)].ToArray();
        var rest = all[taken.Length..].ToArray();
        buffer.SetLength(0);
        buffer.Write(rest);
        return taken;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void SignalLocked()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }
}

internal enum OutputStreamName
{
    Stdout,
    Stderr,
}

/// <summary>One Receive's worth of output; ExitCode is set when the command is Done.</summary>
internal sealed record ReceivedOutput(byte[] Stdout, byte[] Stderr, int? ExitCode)
{
    public bool IsDone => ExitCode is not null;
}
