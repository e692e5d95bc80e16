using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>
/// The lab directory: one JSON file per object under <c>ad/objects/</c>, each replaced whole and atomically, so
/// writes to different objects never collide and two writes to one object keep the last (as Set-ADObject -Replace).
/// </summary>
internal sealed class AdStore(string dataDirectory)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public string Folder { get; } = Path.Combine(Path.GetFullPath(dataDirectory), "ad", "objects");

    public static AdStore FromEnvironment() => new(LabDataPaths.FromEnvironment().DataDirectory);

    /// <summary>Creates the seed objects that are absent. Safe when several processes do it at once.</summary>
    public void EnsureSeeded()
    {
        Directory.CreateDirectory(Folder);
        foreach (var entry in LabDirectorySeed.Entries())
        {
            var path = PathOf(entry.DistinguishedName);
            if (!File.Exists(path))
            {
                AtomicFile.TryCreate(path, JsonSerializer.SerializeToUtf8Bytes(entry, JsonOptions));
            }
        }
    }

    public AdEntry? Find(string dn)
    {
        if (DistinguishedNames.Canonical(dn) is null)
        {
            return null;
        }

        var entry = Load(PathOf(dn));
        return entry is not null && DistinguishedNames.AreEqual(entry.DistinguishedName, dn) ? entry : null;
    }

    public IReadOnlyList<AdEntry> All()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*.json").Select(Load).OfType<AdEntry>()
            .OrderBy(e => e.DistinguishedName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public AdEntry? FindBySid(string sid) =>
        All().FirstOrDefault(e => e.Sid is not null && string.Equals(e.Sid, sid, StringComparison.OrdinalIgnoreCase));

    public void Save(AdEntry entry) =>
        AtomicFile.Write(PathOf(entry.DistinguishedName), JsonSerializer.SerializeToUtf8Bytes(entry, JsonOptions));

    private string PathOf(string dn)
    {
        var key = DistinguishedNames.Canonical(dn) ?? dn.ToUpperInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
        return Path.Combine(Folder, hash + ".json");
    }

    private static AdEntry? Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<AdEntry>(File.ReadAllBytes(path), JsonOptions);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
