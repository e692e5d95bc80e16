using System.Diagnostics;

namespace LabDomainController.Shells;

/// <summary>
/// A real process (pwsh) wired to WinRS streams: Send feeds stdin, stdout goes out as the shell's codepage with
/// CRLF line ends, stderr goes out as CLIXML error records (see <see cref="ClixmlErrorWriter"/>).
/// </summary>
internal sealed class ProcessCommand : IShellCommand
{
    private readonly Process _process;
    private readonly ProcessTracker _tracker;
    private readonly Task _pumps;
    private readonly SemaphoreSlim _stdinLock = new(1, 1);
    private bool _stdinClosed;

    private ProcessCommand(string commandId, Process process, int codepage, ProcessTracker tracker)
    {
        CommandId = commandId;
        _process = process;
        _tracker = tracker;
        _pumps = Task.WhenAll(
            PumpStdoutAsync(process.StandardOutput.BaseStream, new OutputTranscoder(codepage)),
            PumpStderrAsync(process.StandardError.BaseStream, new OutputTranscoder(codepage)))
            .ContinueWith(_ => OnExitedAsync(), TaskScheduler.Default).Unwrap();
    }

    public string CommandId { get; }

    public CommandOutput Output { get; } = new();

    public bool IsRunning
    {
        get
        {
            try
            {
                return !_process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    public static ProcessCommand Start(string commandId, ProcessStartInfo startInfo, int codepage, ProcessTracker tracker)
    {
        var process = new Process { StartInfo = startInfo };
        process.Start();
        tracker.Add(process);
        return new ProcessCommand(commandId, process, codepage, tracker);
    }

    public async Task WriteStdinAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken)
    {
        await _stdinLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stdinClosed)
            {
                return;
            }

            var stdin = _process.StandardInput.BaseStream;
            try
            {
                await stdin.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                await stdin.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (end)
                {
                    _stdinClosed = true;
                    _process.StandardInput.Close();
                }
            }
            catch (IOException)
            {
                // The process has already exited: Windows drops stdin for a finished command too.
                _stdinClosed = true;
            }
        }
        finally
        {
            _stdinLock.Release();
        }
    }

    public void Terminate()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Terminate();
        try
        {
            await _pumps.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The pumps end with the process; never hang a Delete on them.
        }

        _tracker.Remove(_process);
        _process.Dispose();
        _stdinLock.Dispose();
    }

    private async Task PumpStdoutAsync(Stream stream, OutputTranscoder transcoder)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            Output.Append(OutputStreamName.Stdout, transcoder.Encode(transcoder.Decode(buffer.AsSpan(0, read), flush: false)));
        }

        Output.Append(OutputStreamName.Stdout, transcoder.Encode(transcoder.Decode([], flush: true)));
    }

    private async Task PumpStderrAsync(Stream stream, OutputTranscoder transcoder)
    {
        var clixml = new ClixmlErrorWriter();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            Output.Append(OutputStreamName.Stderr, transcoder.Encode(clixml.Write(transcoder.Decode(buffer.AsSpan(0, read), flush: false))));
        }

        var tail = clixml.Write(transcoder.Decode([], flush: true)) + clixml.Complete();
        Output.Append(OutputStreamName.Stderr, transcoder.Encode(tail));
    }

    private async Task OnExitedAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        Output.Close(OutputStreamName.Stdout);
        Output.Close(OutputStreamName.Stderr);
        Output.SetExitCode(_process.ExitCode);
    }
}
