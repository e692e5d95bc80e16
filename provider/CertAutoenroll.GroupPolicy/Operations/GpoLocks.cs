using System.Collections.Concurrent;
using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// The one place GPO names are resolved to ids and GPOs are locked: one lock per GPO, so two
/// read-modify-writes of the same GPO never interleave (the DC would lose one). Keyed by GPO id;
/// a name is keyed by the id it resolved to once any reply has shown it, so name- and
/// id-addressed operations on one GPO share a lock from then on. Share one instance between all
/// clients that write GPOs over the same session.
/// </summary>
public sealed class GpoLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Guid> _idsByName = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(GpoTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var gate = _locks.GetOrAdd(KeyOf(target), static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    /// <summary>Records which GPO a name resolved to (GPO names are case-insensitive in AD).</summary>
    public void Remember(GpoTarget target, Guid id)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Name is { } name)
        {
            _idsByName[NameKey(name, target.Domain)] = id;
        }
    }

    /// <summary>The GPO's id: given, or the one its name resolved to in an earlier reply.</summary>
    public bool TryResolve(GpoTarget target, out Guid id)
    {
        ArgumentNullException.ThrowIfNull(target);
        id = target.Id ?? Guid.Empty;
        return target.Id is not null || (target.Name is { } name && _idsByName.TryGetValue(NameKey(name, target.Domain), out id));
    }

    /// <summary>Forgets a name, e.g. after the GPO was renamed or deleted.</summary>
    public void Forget(GpoTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Name is { } name)
        {
            _idsByName.TryRemove(NameKey(name, target.Domain), out _);
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
