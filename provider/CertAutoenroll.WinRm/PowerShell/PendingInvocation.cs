namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>One queued or in-flight request of a <see cref="PersistentPowerShellSession"/>.</summary>
internal sealed class PendingInvocation(string id, byte[] requestLine, DateTimeOffset deadline)
{
    private readonly TaskCompletionSource<PowerShellResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id => id;

    public byte[] RequestLine => requestLine;

    public DateTimeOffset Deadline => deadline;

    /// <summary>Set once the request line was handed to Send; from then on it may have run remotely.</summary>
    public bool Sent { get; set; }

    public bool IsFinished => _completion.Task.IsCompleted;

    public Task<PowerShellResult> Task => _completion.Task;

    public void Complete(PowerShellResult result) => _completion.TrySetResult(result);

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}
