using System.Collections.Concurrent;
using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.GroupPolicy.Operations;

/// <summary>
/// The one place GPO names are resolved to ids and GPOs are locked: one lock per GPO, so two
/// read-modify-writes of the same GPO never interleave (the DC would lose one). Keyed by GPO id;
/// a name is keyed by the id it resolved to once any reply has shown it, so name- and
/// id-addressed operations on one GPO share a lock from then on. Before that, a write by a name nobody has
/// resolved yet (which the script resolves itself, saving a round trip) and a write by id take turns (see
/// <see cref="AddressingPhases"/>), as they might be the same GPO. Share one instance between all
/// clients that write GPOs over the same session.
/// </summary>
public sealed class GpoLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Guid> _idsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly AddressingPhases _phases = new();

    public async Task<IDisposable> AcquireAsync(GpoTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        while (true)
        {
            var kind = AddressOf(target).Kind;
            var phase = await _phases.EnterAsync(kind, cancellationToken).ConfigureAwait(false);
            var (now, key) = AddressOf(target);
            if (now != kind)
            {
                phase.Dispose(); // the name was resolved meanwhile: it takes its id's turn and lock
                continue;
            }

            var gate = _locks.GetOrAdd(key, static _ => new SemaphoreSlim(1, 1));
            try
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                phase.Dispose();
                throw;
            }

            return new Releaser(gate, phase);
        }
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

    internal string KeyOf(GpoTarget target) => AddressOf(target).Key;

    /// <summary>
    /// The turn and lock a write of <paramref name="target"/> takes: its id's, given or resolved from its name in an
    /// earlier reply; otherwise its name's. One read of what is known, so the two always agree.
    /// </summary>
    private (AddressingPhases.Kind Kind, string Key) AddressOf(GpoTarget target)
    {
        if (target.Id is { } id)
        {
            return (AddressingPhases.Kind.ById, IdKey(id));
        }

        var name = NameKey(target.Name ?? string.Empty, target.Domain);
        return _idsByName.TryGetValue(name, out var known)
            ? (AddressingPhases.Kind.ById, IdKey(known))
            : (AddressingPhases.Kind.ByName, "name:" + name);
    }

    private static string IdKey(Guid id) => "id:" + GpoTarget.FormatId(id);

    private static string NameKey(string name, string? domain) => (domain ?? string.Empty).ToUpperInvariant() + "\n" + name.ToUpperInvariant();

    private sealed class Releaser(SemaphoreSlim gate, IDisposable phase) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
                phase.Dispose();
            }
        }
    }
}
