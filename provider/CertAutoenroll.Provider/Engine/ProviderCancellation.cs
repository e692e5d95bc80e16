namespace CertAutoenroll.Provider.Engine;

/// <summary>The engine's Cancel RPC: aborts every operation in flight and every later one.</summary>
internal sealed class ProviderCancellation : IDisposable
{
    private readonly CancellationTokenSource _root = new();

    public void Cancel() => _root.Cancel();

    public CancellationTokenSource Link(CancellationToken callToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(_root.Token, callToken);

    /// <summary>
    /// As <see cref="Link(CancellationToken)"/>, also cancelled once <paramref name="timeoutSeconds"/> pass: the request's
    /// <c>timeout</c> (the resource's customTimeouts; 0 = none given), the deadline the engine gives the operation.
    /// </summary>
    public OperationDeadline Link(CancellationToken callToken, double timeoutSeconds)
    {
        var linked = Link(callToken);
        if (timeoutSeconds > 0 && double.IsFinite(timeoutSeconds))
        {
            linked.CancelAfter(TimeSpan.FromSeconds(Math.Min(timeoutSeconds, int.MaxValue / 1000.0)));
        }

        return new OperationDeadline(linked, timeoutSeconds, _root.Token, callToken);
    }

    public void Dispose() => _root.Dispose();
}
