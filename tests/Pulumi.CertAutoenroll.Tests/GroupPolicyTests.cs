using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class GroupPolicyTests
{
    private const string GpoType = "certautoenroll:index:GroupPolicy";

    [Fact]
    public async Task Constructor_Args_RegistersTheSchemaInputNames()
    {
        // Arrange
        var args = new GroupPolicyArgs { Name = "PKI - Autoenrollment", Comment = "Managed by Pulumi", Status = GpoStatus.ComputerSettingsDisabled };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new GroupPolicy("pki", args));

        // Assert
        var inputs = run.Single(GpoType).Inputs;
        Assert.Equal(["comment", "name", "status"], inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("PKI - Autoenrollment", inputs["name"]);
        Assert.Equal("ComputerSettingsDisabled", inputs["status"]);
        Assert.Equal(Utilities.Version, run.OptionsOf(GpoType).Version);
    }

    [Fact]
    public async Task Outputs_ProviderState_AreReadBackTyped()
    {
        // Arrange
        var args = new GroupPolicyArgs { Name = "PKI - Autoenrollment" };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new GroupPolicy("pki", args));

        // Assert
        var gpo = run.Created;
        Assert.Equal(RecordingMocks.CreatedGpoId, await OutputUtilities.GetValueAsync(gpo.Id));
        Assert.Equal(RecordingMocks.CreatedGpoId, await OutputUtilities.GetValueAsync(gpo.GpoId));
        Assert.Equal("PKI - Autoenrollment", await OutputUtilities.GetValueAsync(gpo.Name));
        Assert.Equal(GpoStatus.AllSettingsEnabled, await OutputUtilities.GetValueAsync(gpo.Status));
        Assert.Equal(RecordingMocks.Domain, await OutputUtilities.GetValueAsync(gpo.Domain));
        Assert.StartsWith($"cn={RecordingMocks.CreatedGpoId},cn=policies", await OutputUtilities.GetValueAsync(gpo.Path), StringComparison.Ordinal);
        Assert.Null(await OutputUtilities.GetValueAsync(gpo.Comment));
    }

    [Fact]
    public async Task Get_Id_ReadsTheGpoWithoutInputs()
    {
        // Arrange
        const string id = RecordingMocks.DefaultDomainPolicyId;

        // Act
        var run = await PulumiTestHost.RunAsync(() => GroupPolicy.Get("ddp", id));

        // Assert
        Assert.Equal(id, await OutputUtilities.GetValueAsync(run.OptionsOf(GpoType).Id!.ToOutput()));
        Assert.Equal(Utilities.Version, run.OptionsOf(GpoType).Version);
    }
}
