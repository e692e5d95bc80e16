using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Sysvol;

public sealed class LabSysvolTests : IDisposable
{
    private readonly TemporaryDataDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void CreateGpo_SameNameTwice_ListsBoth()
    {
        LabSysvol.CreateGpo(_directory.Path, Guid.NewGuid(), "Twin");
        LabSysvol.CreateGpo(_directory.Path, Guid.NewGuid(), "Twin");

        var twins = LabSysvol.ListGpos(_directory.Path).Count(g => g.DisplayName == "Twin");

        Assert.Equal(2, twins);
    }

    [Fact]
    public void GetGpo_UnknownId_ThrowsNamingTheId()
    {
        LabPowerShell.EnsureDomain(_directory.Path);
        var id = Guid.NewGuid();

        var exception = Assert.Throws<KeyNotFoundException>(() => LabSysvol.GetGpo(_directory.Path, id));

        Assert.Contains(id.ToString("B"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRegistryPol_NewGpo_IsEmpty()
    {
        var gpo = LabSysvol.CreateGpo(_directory.Path, Guid.NewGuid(), "Empty");

        var entries = LabSysvol.ReadRegistryPol(_directory.Path, gpo.Id, GpoSection.Machine);

        Assert.Empty(entries);
    }
}
