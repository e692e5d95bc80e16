using Grpc.Core;

namespace CertAutoenroll.Provider.Engine;

/// <summary>
/// One operation's cancellation: the engine's Cancel, the call's own token, and the request's timeout. An operation
/// stopped by the timeout alone fails with DEADLINE_EXCEEDED and says so, instead of "cancelled".
/// </summary>
internal sealed class OperationDeadline(CancellationTokenSource linked, double timeoutSeconds, CancellationToken engineCancel, CancellationToken call)
    : IDisposable
{
    public CancellationToken Token => linked.Token;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation)
    {
        try
        {
            return await operation(linked.Token).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && TimedOut)
        {
            throw new RpcException(new Status(
                StatusCode.DeadlineExceeded,
                $"{e.Status.Detail} Its timeout of {timeoutSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s (customTimeouts) "
                + "passed before it finished and no attempt had met a fault (last fault: none; it waited for its object's lock or a session, "
                + "or its script was still running), so it was stopped; the object holds either its old values or the declared ones; "
                + "running the command again converges."));
        }
    }

    public void Dispose() => linked.Dispose();

    private bool TimedOut => linked.IsCancellationRequested && !engineCancel.IsCancellationRequested && !call.IsCancellationRequested;
}
