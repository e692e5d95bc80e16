using Pulumi.CertAutoenroll.Tests.Testing;
using Pulumi.Utilities;

namespace Pulumi.CertAutoenroll.Tests;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class GroupPolicyLinkTests
{
    private const string LinkType = "certautoenroll:index:GroupPolicyLink";
    private const string Staff = "OU=Staff,DC=lab,DC=test";

    [Fact]
    public async Task Constructor_Args_RegistersTheSchemaInputNames()
    {
        // Arrange
        var args = new GroupPolicyLinkArgs { GpoId = RecordingMocks.CreatedGpoId, Target = Staff, Enabled = true, Enforced = true, Order = 2 };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new GroupPolicyLink("staff", args));

        // Assert
        var inputs = run.Single(LinkType).Inputs;
        Assert.Equal(["enabled", "enforced", "gpoId", "order", "target"], inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Staff, inputs["target"]);
        Assert.Equal(true, inputs["enforced"]);
        Assert.Equal(2, Convert.ToInt32(inputs["order"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Utilities.Version, run.OptionsOf(LinkType).Version);
    }

    [Fact]
    public async Task Outputs_ProviderState_AreReadBackTyped()
    {
        // Arrange
        var args = new GroupPolicyLinkArgs { GpoName = "Default Domain Policy", Target = Staff };

        // Act
        var run = await PulumiTestHost.RunAsync(() => new GroupPolicyLink("staff", args));

        // Assert
        var link = run.Created;
        Assert.Equal($"{RecordingMocks.DefaultDomainPolicyId}/{Staff}", await OutputUtilities.GetValueAsync(link.Id));
        Assert.Equal(RecordingMocks.DefaultDomainPolicyId, await OutputUtilities.GetValueAsync(link.GpoId));
        Assert.Equal("Default Domain Policy", await OutputUtilities.GetValueAsync(link.GpoName));
        Assert.True(await OutputUtilities.GetValueAsync(link.Enabled));
        Assert.False(await OutputUtilities.GetValueAsync(link.Enforced));
        Assert.Equal(1, await OutputUtilities.GetValueAsync(link.Order));
    }

    [Fact]
    public async Task Constructor_NoTarget_FailsNamingTarget()
    {
        // Arrange
        var args = new GroupPolicyLinkArgs { GpoName = "Default Domain Policy" };

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(() => PulumiTestHost.RunAsync(() => new GroupPolicyLink("staff", args)));

        // Assert
        Assert.Contains("GroupPolicyLinkArgs.Target is required", error.ToString(), StringComparison.Ordinal);
    }
}
