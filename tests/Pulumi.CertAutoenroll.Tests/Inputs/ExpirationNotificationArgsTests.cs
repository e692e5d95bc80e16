using Pulumi.CertAutoenroll.Inputs;
using Pulumi.Utilities;
using Pulumi.CertAutoenroll.Tests.Testing;

namespace Pulumi.CertAutoenroll.Tests.Inputs;

[Collection(PulumiDeploymentCollection.Name)]
public sealed class ExpirationNotificationArgsTests
{
    [Fact]
    public async Task Constructor_Nothing_DefaultsToTenPercent()
    {
        // Arrange
        var args = new ExpirationNotificationArgs();

        // Act
        var percentage = args.Percentage;

        // Assert
        Assert.NotNull(percentage);
        Assert.Equal(10, await OutputUtilities.GetValueAsync<int>(percentage));
        Assert.Empty(await OutputUtilities.GetValueAsync(args.Stores.ToOutput()));
    }
}
