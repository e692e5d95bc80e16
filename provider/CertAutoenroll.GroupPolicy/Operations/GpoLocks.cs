using System.Collections.Concurrent;
using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// One lock per GPO, so two read-modify-writes of the same GPO never interleave (the DC would
/// lose one). Keyed by GPO id; a name is keyed by the id it resolved to once any reply has shown
/// it, so name- and id-addressed operations on one GPO share a lock from then on.
/// </summary>
internal sealed class GpoLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Guid> _idsByName = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(GpoTarget target, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(KeyOf(target), static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    /// <summary>Records which GPO a name resolved to (GPO names are case-insensitive in AD).</summary>
    public void Remember(GpoTarget target, Guid id)
    {
        if (target.Name is { } name)
        {
            _idsByName[NameKey(name, target.Domain)] = id;
        }
    }

    internal string KeyOf(GpoTarget target)
    {
        if (target.Id is { } id)
        {
            return IdKey(id);
        }

        var name = target.Name ?? string.Empty;
        return _idsByName.TryGetValue(NameKey(name, target.Domain), out var known) ? IdKey(known) : "name:" + NameKey(name, target.Domain);
    }

    private static string IdKey(Guid id) => "id:" + GpoTarget.FormatId(id);

    private static string NameKey(string name, string? domain) => (domain ?? string.Empty).ToUpperInvariant() + "\n" + name.ToUpperInvariant();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
