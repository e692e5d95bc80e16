using CertAutoenroll.GroupPolicy.Gpos;
using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;
using CertAutoenroll.GroupPolicy.Tests.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.Scripts;

/// <summary>
/// gpo-create.ps1 run again with the same request, as the session re-runs it after a lost reply: the GPO the first run
/// made is adopted (one GPO, no error), a GPO that had the name before the operation is still refused.
/// </summary>
[Collection(LabDomainCollection.Name)]
public sealed class GpoCreateRerunScriptTests(LabDomainFixture lab)
{
    [Fact]
    public async Task CreateAsync_RerunAfterTheFirstRunCreated_AdoptsThatGpo()
    {
        // Arrange
        var rerunning = new RerunningPowerShellSession(lab.Session);
        var client = new GpoClient(rerunning, GpoScriptTests.LabScope);

        // Act
        var gpo = await client.CreateAsync("Gpo rerun adopted", "first comment", GpoStatus.ComputerSettingsDisabled, CancellationToken.None);

        // Assert
        Assert.Contains("\"ok\":true", rerunning.FirstRun!.Output, StringComparison.Ordinal);
        var stored = Assert.Single(lab.AllGpos(), g => g.DisplayName == "Gpo rerun adopted");
        Assert.Equal(stored.Id, gpo.Id);
        Assert.Equal("first comment", stored.Description);
        Assert.Equal(GpoStatus.ComputerSettingsDisabled, gpo.Status);
    }

    [Fact]
    public async Task CreateAsync_RerunAfterAKillBetweenNewGpoAndItsRecord_AdoptsThatGpo()
    {
        // Arrange: the first run's record of the new GPO's id is gone, as if its process had ended right after New-GPO.
        var records = Path.Combine(lab.DataDirectory, "ProgramData", "CertAutoenroll", "operations");
        var rerunning = new RerunningPowerShellSession(lab.Session, () =>
        {
            foreach (var record in Directory.GetFiles(records, "*.gpo"))
            {
                File.Delete(record);
            }
        });
        var client = new GpoClient(rerunning, GpoScriptTests.LabScope);

        // Act
        var gpo = await client.CreateAsync("Gpo rerun unrecorded", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Assert
        var stored = Assert.Single(lab.AllGpos(), g => g.DisplayName == "Gpo rerun unrecorded");
        Assert.Equal(stored.Id, gpo.Id);
    }

    [Fact]
    public async Task CreateAsync_RerunOfARefusal_StillRefusesTheGpoThatExistedBefore()
    {
        // Arrange
        var existing = await lab.NewGpoAsync("Gpo rerun taken before");
        var rerunning = new RerunningPowerShellSession(lab.Session);
        var client = new GpoClient(rerunning, GpoScriptTests.LabScope);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.CreateAsync("Gpo rerun taken before", null, GpoStatus.AllSettingsEnabled, CancellationToken.None));

        // Assert
        Assert.Contains("gpoAlreadyExists", rerunning.FirstRun!.Output, StringComparison.Ordinal);
        Assert.Equal(GroupPolicyErrorCode.GpoAlreadyExists, error.Code);
        Assert.Contains("import it", error.Message, StringComparison.Ordinal);
        Assert.Equal(existing, Assert.Single(lab.AllGpos(), g => g.DisplayName == "Gpo rerun taken before").Id);
    }

    [Fact]
    public async Task CreateAsync_TwoCallsWithOneName_TheSecondIsRefused()
    {
        // Arrange: two operations, not one re-run: each call has its own operation id.
        var client = new GpoClient(lab.Session, GpoScriptTests.LabScope);
        var first = await client.CreateAsync("Gpo rerun two calls", null, GpoStatus.AllSettingsEnabled, CancellationToken.None);

        // Act
        var error = await Assert.ThrowsAsync<GroupPolicyException>(
            () => client.CreateAsync("Gpo rerun two calls", null, GpoStatus.AllSettingsEnabled, CancellationToken.None));

        // Assert
        Assert.Equal(GroupPolicyErrorCode.GpoAlreadyExists, error.Code);
        Assert.Equal(first.Id, Assert.Single(lab.AllGpos(), g => g.DisplayName == "Gpo rerun two calls").Id);
    }
}
