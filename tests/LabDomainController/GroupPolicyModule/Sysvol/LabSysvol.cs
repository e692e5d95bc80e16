using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>Reads the lab domain's GPOs straight from the data directory, without PowerShell (for tests).</summary>
public static class LabSysvol
{
    public static IReadOnlyList<LabGpo> ListGpos(string dataDirectory)
    {
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        return store.List().Select(g => ToLabGpo(store, g)).ToList();
    }

    /// <summary>The GPO with <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> naming the id if absent.</summary>
    public static LabGpo GetGpo(string dataDirectory, Guid id)
    {
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        var gpo = store.FindById(id) ?? throw new KeyNotFoundException($"The lab domain has no GPO {id:B} under {store.Paths.DataDirectory}.");
        return ToLabGpo(store, gpo);
    }

    /// <summary>The entries of <c>User\Registry.pol</c> or <c>Machine\Registry.pol</c>, in file order; empty if the file is absent.</summary>
    public static IReadOnlyList<RegistryPolEntry> ReadRegistryPol(string dataDirectory, Guid id, GpoSection section)
    {
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        var gpo = store.FindById(id) ?? throw new KeyNotFoundException($"The lab domain has no GPO {id:B} under {store.Paths.DataDirectory}.");
        return store.ReadPolicy(gpo, section);
    }

    /// <summary>Full path of a GPO's Registry.pol (whether or not it exists).</summary>
    public static string RegistryPolPath(string dataDirectory, Guid id, GpoSection section)
    {
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        var gpo = store.FindById(id) ?? throw new KeyNotFoundException($"The lab domain has no GPO {id:B} under {store.Paths.DataDirectory}.");
        return store.Paths.RegistryPol(gpo.FolderName, section);
    }

    /// <summary>
    /// Adds a GPO directly, bypassing New-GPO's unique-name check, as an ADSI edit or a replication conflict can on a
    /// real domain. Use it to set up duplicate display names.
    /// </summary>
    public static LabGpo CreateGpo(string dataDirectory, Guid id, string displayName)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        store.EnsureDomain();
        return ToLabGpo(store, store.Create(id, displayName, string.Empty));
    }

    /// <summary>
    /// Appends ACEs (SDDL, e.g. <c>(D;CI;WP;;;S-1-5-…)</c>) to a GPO's DACL, as an edit in GPMC's Advanced security
    /// dialog can: for permissions Set-GPPermission cannot give (deny entries, custom rights).
    /// </summary>
    public static void AddGpoAces(string dataDirectory, Guid id, string aces)
    {
        ArgumentException.ThrowIfNullOrEmpty(aces);
        var store = new GpoStore(new LabDataPaths(dataDirectory));
        var gpo = store.FindById(id) ?? throw new KeyNotFoundException($"The lab domain has no GPO {id:B} under {store.Paths.DataDirectory}.");
        var added = new ActiveDirectory.Security.LabActiveDirectorySecurity("D:" + aces, _ => null).Aces;
        var descriptor = new ActiveDirectory.Security.LabActiveDirectorySecurity(GpoSecurity.GpoDescriptors.Of(gpo.Directory), _ => null);
        var denies = added.Where(a => a.Type is "D" or "OD").ToList();
        descriptor.ReplaceAces([.. denies, .. descriptor.Aces, .. added.Except(denies)]);
        gpo.Directory.SecurityDescriptor = descriptor.Sddl;
        store.Save(gpo.FolderName, gpo.Directory);
    }

    /// <summary>The SID of a lab account or group by its sAMAccountName; throws naming it if absent.</summary>
    public static string SidOf(string dataDirectory, string samAccountName) =>
        new AdStore(dataDirectory).All().FirstOrDefault(e => string.Equals(e.SamAccountName, samAccountName, StringComparison.OrdinalIgnoreCase))?.Sid
        ?? throw new KeyNotFoundException($"The lab directory under {dataDirectory} has no account '{samAccountName}'.");

    private static List<LabGpoLink> LinksOf(GpoStore store, Guid id)
    {
        var directory = new AdStore(store.Paths.DataDirectory);
        return new GpLinkTargets(directory).LinksOf(id)
            .Select(l => new LabGpoLink(l.Target.DistinguishedName, l.Link.Enabled, l.Link.Enforced, l.Order)).ToList();
    }

    private static LabGpo ToLabGpo(GpoStore store, StoredGpo gpo)
    {
        var gptIni = store.Paths.GptIni(gpo.FolderName);
        var sysvolVersion = File.Exists(gptIni) ? GptIni.ReadVersion(gptIni) : default;
        var document = gpo.Directory;
        return new LabGpo(
            gpo.Id,
            document.DisplayName,
            document.Description,
            gpo.Version,
            sysvolVersion,
            document.UserExtensionNames,
            document.MachineExtensionNames,
            LinksOf(store, gpo.Id));
    }
}
