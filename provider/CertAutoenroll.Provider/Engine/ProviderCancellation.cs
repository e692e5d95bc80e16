namespace CertAutoenroll.Provider.Engine;

/// <summary>The engine's Cancel RPC: aborts every operation in flight and every later one.</summary>
internal sealed class ProviderCancellation : IDisposable
{
    private readonly CancellationTokenSource _root = new();

    public void Cancel() => _root.Cancel();

    public CancellationTokenSource Link(CancellationToken callToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(_root.Token, callToken);

    public void Dispose() => _root.Dispose();
}
