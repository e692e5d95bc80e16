namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// Keeps writes that address a GPO by a not yet resolved name apart from writes that address GPOs by id: until a
/// name's reply shows its id, a name lock and an id lock may guard the same GPO, so the two kinds take turns (each
/// kind runs concurrently with itself). A kind that is waiting stops new arrivals of the running kind, so neither
/// starves.
/// </summary>
internal sealed class AddressingPhases
{
    private readonly Lock _gate = new();
    private readonly int[] _active = new int[2];
    private readonly int[] _waiting = new int[2];
    private TaskCompletionSource _changed = NewSignal();

    public enum Kind
    {
        ByName = 0,
        ById = 1,
    }

    public async Task<IDisposable> EnterAsync(Kind kind, CancellationToken cancellationToken)
    {
        var mine = (int)kind;
        var other = 1 - mine;
        var counted = false;
        try
        {
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    var mayEnter = _active[other] == 0 && (_active[mine] == 0 || _waiting[other] == 0);
                    if (mayEnter)
                    {
                        if (counted)
                        {
                            _waiting[mine]--;
                            counted = false;
                        }

                        _active[mine]++;
                        return new Exit(this, mine);
                    }

                    if (!counted)
                    {
                        _waiting[mine]++;
                        counted = true;
                    }

                    changed = _changed.Task;
                }

                await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            if (counted)
            {
                lock (_gate)
                {
                    _waiting[mine]--;
                    Signal();
                }
            }

            throw;
        }
    }

    private void Leave(int kind)
    {
        lock (_gate)
        {
            _active[kind]--;
            if (_active[kind] == 0)
            {
                Signal();
            }
        }
    }

    /// <summary>Wakes every waiter to look again (called under the gate).</summary>
    private void Signal()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Exit(AddressingPhases phases, int kind) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                phases.Leave(kind);
            }
        }
    }
}
