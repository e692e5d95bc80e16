using LabDomainController.GroupPolicyModule.RegistryPol;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Sysvol;

public sealed class GpoStoreTests : IDisposable
{
    private readonly TemporaryDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void EnsureDomain_NewDirectory_CreatesBothDefaultGposWithWindowsFolderNames()
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));

        store.EnsureDomain();

        var policies = Path.Combine(_directory.Path, "sysvol", "lab.test", "Policies");
        Assert.True(File.Exists(Path.Combine(policies, "{31B2F340-016D-11D2-945F-00C04FB984F9}", "GPT.INI")));
        Assert.True(File.Exists(Path.Combine(policies, "{6AC1786C-016F-11D2-945F-00C04fB984F9}", "GPT.INI")));
        Assert.Equal(
            ["Default Domain Controllers Policy", "Default Domain Policy"],
            store.List().Select(g => g.Directory.DisplayName).ToArray());
    }

    [Fact]
    public void EnsureDomain_ManyConcurrentCallers_LeavesExactlyTwoIntactGpos()
    {
        Parallel.For(0, 16, _ => new GpoStore(new LabDataPaths(_directory.Path)).EnsureDomain());

        var gpos = LabSysvol.ListGpos(_directory.Path);
        Assert.Equal(2, gpos.Count);
        Assert.Empty(Directory.EnumerateFiles(_directory.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void EnsureDomain_AfterAChange_KeepsTheChangedGpo()
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));
        store.EnsureDomain();
        var gpo = store.FindById(LabDomain.DefaultDomainPolicyId)!;
        store.WritePolicy(gpo, GpoSection.User, [RegistryPolEntry.DWord("K", "V", 1)], registerRegistryExtension: true);

        store.EnsureDomain();

        Assert.Equal(new GpoVersion(1, 0), LabSysvol.GetGpo(_directory.Path, LabDomain.DefaultDomainPolicyId).DirectoryVersion);
    }

    [Theory]
    [InlineData(GpoSection.User, "User", 0x00010000u)]
    [InlineData(GpoSection.Machine, "Machine", 0x00000001u)]
    public void WritePolicy_Section_WritesItsFileAndBumpsItsHalfInAdAndGptIni(GpoSection section, string folder, uint packed)
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));
        var gpo = store.Create(Guid.NewGuid(), "Store test", string.Empty);

        store.WritePolicy(gpo, section, [RegistryPolEntry.DWord("K", "V", 1)], registerRegistryExtension: true);

        var folderName = gpo.Id.ToString("B").ToUpperInvariant();
        var polPath = Path.Combine(_directory.Path, "sysvol", "lab.test", "Policies", folderName, folder, "Registry.pol");
        Assert.Single(RegistryPolReader.Read(File.ReadAllBytes(polPath)));
        var labGpo = LabSysvol.GetGpo(_directory.Path, gpo.Id);
        Assert.Equal(packed, labGpo.DirectoryVersion.Packed);
        Assert.Equal(packed, labGpo.SysvolVersion.Packed);
        Assert.Contains($"Version={packed}\r\n", File.ReadAllText(Path.Combine(_directory.Path, "sysvol", "lab.test", "Policies", folderName, "GPT.INI")), StringComparison.Ordinal);
    }

    [Fact]
    public void WritePolicy_WithoutRegistration_LeavesExtensionNamesAlone()
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));
        var gpo = store.Create(Guid.NewGuid(), "No registration", string.Empty);

        store.WritePolicy(gpo, GpoSection.Machine, [], registerRegistryExtension: false);

        Assert.Equal(string.Empty, LabSysvol.GetGpo(_directory.Path, gpo.Id).MachineExtensionNames);
    }

    [Fact]
    public void Create_ExistingId_ThrowsNamingTheId()
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));
        var id = Guid.NewGuid();
        store.Create(id, "First", string.Empty);

        var exception = Assert.Throws<InvalidOperationException>(() => store.Create(id, "Second", string.Empty));

        Assert.Contains(id.ToString("B").ToUpperInvariant(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_Gpo_RemovesAdDocumentAndSysvolFolder()
    {
        var store = new GpoStore(new LabDataPaths(_directory.Path));
        var gpo = store.Create(Guid.NewGuid(), "Doomed", string.Empty);

        store.Delete(gpo);

        Assert.Null(store.FindById(gpo.Id));
        Assert.False(Directory.Exists(store.Paths.GpoFolder(gpo.FolderName)));
    }
}
