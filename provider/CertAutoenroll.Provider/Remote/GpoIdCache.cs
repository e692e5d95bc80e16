using System.Collections.Concurrent;
using CertAutoenroll.GroupPolicy.Model;

namespace CertAutoenroll.Provider.Remote;

/// <summary>
/// GPO ids already resolved from display names in this process. Writes always address a GPO by id,
/// so that operations naming the same GPO differently still share the GroupPolicy client's per-GPO lock.
/// </summary>
internal sealed class GpoIdCache
{
    private readonly ConcurrentDictionary<string, Guid> _ids = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(GpoTarget target, out Guid id)
    {
        id = target.Id ?? Guid.Empty;
        return target.Id is not null || (target.Name is not null && _ids.TryGetValue(Key(target.Domain, target.Name), out id));
    }

    public void Remember(string? domain, string gpoName, Guid id) => _ids[Key(domain, gpoName)] = id;

    private static string Key(string? domain, string name) => (domain ?? string.Empty) + "\n" + name;
}
