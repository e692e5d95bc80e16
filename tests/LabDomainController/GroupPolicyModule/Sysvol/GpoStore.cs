using System.Text.Json;
using LabDomainController.GroupPolicyModule.RegistryPol;

namespace LabDomainController.GroupPolicyModule.Sysvol;

/// <summary>Reads and writes GPOs of the lab domain: AD documents plus the SYSVOL tree.</summary>
internal sealed class GpoStore(LabDataPaths paths)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public LabDataPaths Paths { get; } = paths;

    /// <summary>Creates the domain's default GPOs if absent. Safe when several processes do it at once.</summary>
    public void EnsureDomain()
    {
        Directory.CreateDirectory(Paths.Policies);
        Directory.CreateDirectory(Paths.Ad);
        CreateIfAbsent(LabDomain.DefaultDomainPolicyFolder, LabDomain.DefaultDomainPolicyName, string.Empty);
        CreateIfAbsent(LabDomain.DefaultDomainControllersPolicyFolder, LabDomain.DefaultDomainControllersPolicyName, string.Empty);
        new ActiveDirectory.Store.AdStore(Paths.DataDirectory).EnsureSeeded();
    }

    public IReadOnlyList<StoredGpo> List()
    {
        if (!Directory.Exists(Paths.Ad))
        {
            return [];
        }

        var gpos = new List<StoredGpo>();
        foreach (var file in Directory.EnumerateFiles(Paths.Ad, "{*}.json"))
        {
            var folderName = Path.GetFileNameWithoutExtension(file);
            if (Guid.TryParse(folderName, out var id) && TryLoad(file) is { } document)
            {
                gpos.Add(new StoredGpo(id, folderName, document));
            }
        }

        return gpos.OrderBy(g => g.Directory.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public StoredGpo? FindById(Guid id) => List().FirstOrDefault(g => g.Id == id);

    public IReadOnlyList<StoredGpo> FindByName(string displayName) =>
        List().Where(g => string.Equals(g.Directory.DisplayName, displayName, StringComparison.OrdinalIgnoreCase)).ToList();

    public StoredGpo Create(Guid id, string displayName, string description, string securityDescriptor = "")
    {
        var folderName = id.ToString("B").ToUpperInvariant();
        if (!CreateIfAbsent(folderName, displayName, description, securityDescriptor))
        {
            throw new InvalidOperationException($"A GPO with ID {folderName} already exists in the {LabDomain.Name} domain.");
        }

        return FindById(id) ?? throw new InvalidOperationException($"The GPO {folderName} vanished right after it was created.");
    }

    public void Delete(StoredGpo gpo)
    {
        File.Delete(Paths.AdDocument(gpo.FolderName));
        var folder = Paths.GpoFolder(gpo.FolderName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public IReadOnlyList<RegistryPolEntry> ReadPolicy(StoredGpo gpo, GpoSection section)
    {
        var path = Paths.RegistryPol(gpo.FolderName, section);
        return File.Exists(path) ? RegistryPolReader.Read(File.ReadAllBytes(path)) : [];
    }

    /// <summary>Replaces one Registry.pol and records the change as a DC does: version bump and Registry CSE registration.</summary>
    public StoredGpo WritePolicy(StoredGpo gpo, GpoSection section, IReadOnlyList<RegistryPolEntry> entries, bool registerRegistryExtension)
    {
        AtomicFile.Write(Paths.RegistryPol(gpo.FolderName, section), RegistryPolWriter.Write(entries));
        var document = TryLoad(Paths.AdDocument(gpo.FolderName)) ?? gpo.Directory;
        var version = GpoVersion.FromPacked(document.VersionNumber).Bump(section);
        document.VersionNumber = version.Packed;
        document.WhenChanged = DateTime.UtcNow;
        if (registerRegistryExtension)
        {
            var tool = ExtensionNameList.RegistryToolFor(section);
            if (section == GpoSection.User)
            {
                document.UserExtensionNames = ExtensionNameList.Add(document.UserExtensionNames, ExtensionNameList.RegistryExtension, tool);
            }
            else
            {
                document.MachineExtensionNames = ExtensionNameList.Add(document.MachineExtensionNames, ExtensionNameList.RegistryExtension, tool);
            }
        }

        AtomicFile.Write(Paths.GptIni(gpo.FolderName), GptIni.Format(version, document.DisplayName));
        Save(gpo.FolderName, document);
        return gpo with { Directory = document };
    }

    public void Save(string folderName, AdGpoDocument document) =>
        AtomicFile.Write(Paths.AdDocument(folderName), JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions));

    private bool CreateIfAbsent(string folderName, string displayName, string description, string securityDescriptor = "")
    {
        var adDocument = Paths.AdDocument(folderName);
        if (File.Exists(adDocument))
        {
            return false;
        }

        var now = DateTime.UtcNow;
        Directory.CreateDirectory(Path.Combine(Paths.GpoFolder(folderName), "User"));
        Directory.CreateDirectory(Path.Combine(Paths.GpoFolder(folderName), "Machine"));
        AtomicFile.TryCreate(Paths.GptIni(folderName), GptIni.Format(default, displayName));
        var document = new AdGpoDocument
        {
            DisplayName = displayName,
            Description = description,
            SecurityDescriptor = securityDescriptor,
            WhenCreated = now,
            WhenChanged = now,
        };
        return AtomicFile.TryCreate(adDocument, JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions));
    }

    private static AdGpoDocument? TryLoad(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<AdGpoDocument>(File.ReadAllBytes(path), JsonOptions);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
