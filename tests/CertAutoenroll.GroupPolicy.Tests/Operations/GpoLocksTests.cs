using CertAutoenroll.GroupPolicy.Model;
using CertAutoenroll.GroupPolicy.Operations;

namespace CertAutoenroll.GroupPolicy.Tests.Operations;

public sealed class GpoLocksTests
{
    private static readonly Guid Id = new("31B2F340-016D-11D2-945F-00C04FB984F9");

    [Fact]
    public void KeyOf_NameAfterItsIdIsRemembered_SharesTheIdKey()
    {
        // Arrange
        var locks = new GpoLocks();
        var byName = GpoTarget.ByName("Default Domain Policy");
        var before = locks.KeyOf(byName);

        // Act
        locks.Remember(byName, Id);

        // Assert
        Assert.NotEqual(locks.KeyOf(GpoTarget.ById(Id)), before);
        Assert.Equal(locks.KeyOf(GpoTarget.ById(Id)), locks.KeyOf(GpoTarget.ByName("DEFAULT DOMAIN POLICY")));
    }

    [Fact]
    public async Task AcquireAsync_SameGpoHeld_SecondWaitsUntilReleased()
    {
        // Arrange
        var locks = new GpoLocks();
        var first = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);

        // Act
        var second = locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);
        var waitedWhileHeld = !second.IsCompleted;
        first.Dispose();
        using var acquired = await second;

        // Assert
        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task AcquireAsync_OtherGpo_IsNotBlocked()
    {
        // Arrange
        var locks = new GpoLocks();
        using var first = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);

        // Act
        var other = locks.AcquireAsync(GpoTarget.ById(Guid.NewGuid()), CancellationToken.None);

        // Assert
        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }
}
