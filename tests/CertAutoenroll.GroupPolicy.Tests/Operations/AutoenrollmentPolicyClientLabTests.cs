using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;
using CertAutoenroll.GroupPolicy.Tests.Lab;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

/// <summary>The client over several parallel pwsh processes against one lab domain.</summary>
[Collection(LabDomainCollection.Name)]
public sealed class AutoenrollmentPolicyClientLabTests(LabDomainFixture lab)
{
    [Fact]
    public async Task ApplyAsync_ConcurrentOnOneGpoByNameAndId_LosesNoUpdate()
    {
        // Arrange
        const int applies = 6;
        var id = await lab.NewGpoAsync("Concurrent applies");
        await using var pool = new LabPwshPool(lab.DataDirectory, size: 3);
        var client = new AutoenrollmentPolicyClient(pool);
        await client.ReadAsync(GpoTarget.ByName("Concurrent applies"), PolicyScope.Computer, CancellationToken.None);

        // Act: each apply changes the percentage, so after the first (3 writes) each writes once.
        var tasks = Enumerable.Range(1, applies).Select(i => client.ApplyAsync(
            i % 2 == 0 ? GpoTarget.ById(id) : GpoTarget.ByName("Concurrent applies"),
            PolicyScope.User,
            new AutoenrollmentSettings { ExpirationNotification = new ExpirationNotification { Percentage = i } },
            CancellationToken.None));
        var states = await Task.WhenAll(tasks);

        // Assert
        Assert.All(states, s => Assert.True(s.Changed));
        var gpo = lab.Gpo(id);
        Assert.Equal(3 + (applies - 1), gpo.SysvolVersion.User);
        Assert.Equal(gpo.SysvolVersion, gpo.DirectoryVersion);
        Assert.Equal(3, PolicyFile.Values(lab.DataDirectory, id, PolicyScope.User).Count);
    }
}
