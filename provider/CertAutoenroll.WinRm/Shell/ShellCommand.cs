using CertAutoenroll.WinRm.WsMan;

namespace CertAutoenroll.WinRm.Shell;

/// <summary>One running command inside a <see cref="WinRsShell"/>: stdin goes in by Send, output comes back by Receive.</summary>
public sealed class ShellCommand
{
    /// <summary>Raw stdin bytes per Send, so the base64 text plus headers stays inside MaxEnvelopeSize.</summary>
    internal const int MaxStdinChunkBytes = (WsManEnvelope.MaxEnvelopeSize - 8192) / 4 * 3;

    private readonly WsManClient _client;

    internal ShellCommand(WsManClient client, string shellId, string commandId)
    {
        _client = client;
        ShellId = shellId;
        CommandId = commandId;
    }

    public string ShellId { get; }

    public string CommandId { get; }

    /// <summary>Writes <paramref name="data"/> to stdin in as many Sends as MaxEnvelopeSize needs; <paramref name="end"/> closes stdin.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> data, bool end, CancellationToken cancellationToken)
    {
        do
        {
            var chunk = data[..Math.Min(data.Length, MaxStdinChunkBytes)];
            data = data[chunk.Length..];
            await _client.SendInputAsync(ShellId, CommandId, chunk, end && data.IsEmpty, cancellationToken).ConfigureAwait(false);
        }
        while (!data.IsEmpty);
    }

    /// <summary>One Receive; an OperationTimeout fault comes back as an empty, not-done output.</summary>
    internal Task<ReceiveOutput> ReceiveOnceAsync(CancellationToken cancellationToken) =>
        _client.ReceiveOnceAsync(ShellId, CommandId, cancellationToken);

    /// <summary>Receives until the command is done, polling again after each OperationTimeout, until <paramref name="deadline"/>.</summary>
    public async Task<(byte[] Stdout, byte[] Stderr, int ExitCode)> ReceiveToEndAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(deadline);
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        try
        {
            while (true)
            {
                var output = await ReceiveOnceAsync(limit.Token).ConfigureAwait(false);
                stdout.Write(output.Stdout);
                stderr.Write(output.Stderr);
                if (output.Done)
                {
                    return (stdout.ToArray(), stderr.ToArray(), output.ExitCode ?? -1);
                }
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Command {CommandId} did not finish within {deadline}; it was stopped.");
        }
    }
}
