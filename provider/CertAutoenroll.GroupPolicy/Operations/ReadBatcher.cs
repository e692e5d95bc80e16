using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// Coalesces concurrent reads into one script run: the first read starts a run at once, and every
/// read that arrives while a run is under way joins the next one. A refresh of many resources (the
/// engine sends their reads together) thus costs a couple of script runs, not one per resource,
/// and adds no waiting to a lone read. Each read gets its own item's outcome.
/// </summary>
internal sealed class ReadBatcher(Func<IReadOnlyList<(GpoTarget Target, PolicyScope Scope)>, Task<IReadOnlyList<ItemReply>>> readEach)
{
    /// <summary>Bounds one run's request and reply sizes.</summary>
    public const int MaxItemsPerRun = 100;

    private readonly Lock _lock = new();
    private List<PendingRead> _waiting = [];
    private bool _running;

    public Task<ItemReply> ReadAsync(GpoTarget target, PolicyScope scope, CancellationToken cancellationToken)
    {
        var pending = new PendingRead(target, scope);
        bool start;
        lock (_lock)
        {
            _waiting.Add(pending);
            start = !_running;
            _running = true;
        }

        if (start)
        {
            _ = Task.Run(RunUntilDrainedAsync, CancellationToken.None);
        }

        // A cancelled caller stops waiting; the run it joined still completes for the others.
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task RunUntilDrainedAsync()
    {
        while (true)
        {
            List<PendingRead> batch;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }

                batch = _waiting.Count <= MaxItemsPerRun ? _waiting : _waiting[..MaxItemsPerRun];
                _waiting = _waiting.Count <= MaxItemsPerRun ? [] : _waiting[MaxItemsPerRun..];
            }

            try
            {
                var replies = await readEach([.. batch.Select(p => (p.Target, p.Scope))]).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(replies[i]);
                }
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(exception);
                }
            }
        }
    }

    private sealed record PendingRead(GpoTarget Target, PolicyScope Scope)
    {
        public TaskCompletionSource<ItemReply> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
