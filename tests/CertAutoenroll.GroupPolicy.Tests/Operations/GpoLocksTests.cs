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

    [Fact]
    public async Task AcquireAsync_UnresolvedNameHeld_WriteByIdWaitsUntilReleased()
    {
        // Arrange: the name may be the GPO the id names; nothing has shown its id yet
        var locks = new GpoLocks();
        var byName = await locks.AcquireAsync(GpoTarget.ByName("Cert Autoenrollment"), CancellationToken.None);

        // Act
        var byId = locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);
        var waitedWhileHeld = !byId.IsCompleted;
        byName.Dispose();
        using var acquired = await byId;

        // Assert
        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task AcquireAsync_WriteByIdHeld_UnresolvedNameWaitsUntilReleased()
    {
        // Arrange
        var locks = new GpoLocks();
        var byId = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);

        // Act
        var byName = locks.AcquireAsync(GpoTarget.ByName("Cert Autoenrollment"), CancellationToken.None);
        var waitedWhileHeld = !byName.IsCompleted;
        byId.Dispose();
        using var acquired = await byName;

        // Assert
        Assert.True(waitedWhileHeld);
    }

    [Fact]
    public async Task AcquireAsync_TwoUnresolvedNames_RunTogether()
    {
        // Arrange
        var locks = new GpoLocks();
        using var first = await locks.AcquireAsync(GpoTarget.ByName("GPO A"), CancellationToken.None);

        // Act
        var second = locks.AcquireAsync(GpoTarget.ByName("GPO B"), CancellationToken.None);

        // Assert
        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_ResolvedName_SharesItsIdsTurnAndLock()
    {
        // Arrange
        var locks = new GpoLocks();
        locks.Remember(GpoTarget.ByName("Cert Autoenrollment"), Id);
        using var otherId = await locks.AcquireAsync(GpoTarget.ById(Guid.NewGuid()), CancellationToken.None);
        var byId = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);

        // Act: an id write of another GPO runs; the resolved name waits only for its own id's lock
        var byName = locks.AcquireAsync(GpoTarget.ByName("CERT AUTOENROLLMENT"), CancellationToken.None);
        var waitedForItsId = !byName.IsCompleted;
        byId.Dispose();
        using var acquired = await byName;

        // Assert
        Assert.True(waitedForItsId);
    }

    [Fact]
    public async Task AcquireAsync_NameWaitingBehindIds_LaterIdsQueueBehindIt()
    {
        // Arrange: an id write runs and a name write waits for its turn
        var locks = new GpoLocks();
        var running = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);
        var name = locks.AcquireAsync(GpoTarget.ByName("Cert Autoenrollment"), CancellationToken.None);

        // Act: another id write, of an unrelated GPO, arrives
        var laterId = locks.AcquireAsync(GpoTarget.ById(Guid.NewGuid()), CancellationToken.None);
        var laterIdWaited = !laterId.IsCompleted;
        running.Dispose();
        var nameHeld = await name;
        var laterIdStillWaiting = !laterId.IsCompleted;
        nameHeld.Dispose();
        using var later = await laterId;

        // Assert: the waiting name is not starved by a stream of id writes
        Assert.True(laterIdWaited);
        Assert.True(laterIdStillWaiting);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaitingForItsTurn_LetsTheOthersGoOn()
    {
        // Arrange
        var locks = new GpoLocks();
        var running = await locks.AcquireAsync(GpoTarget.ById(Id), CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var name = locks.AcquireAsync(GpoTarget.ByName("Cert Autoenrollment"), cancel.Token);
        var laterId = locks.AcquireAsync(GpoTarget.ById(Guid.NewGuid()), CancellationToken.None);

        // Act
        await cancel.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => name);
        using var later = await laterId.WaitAsync(TimeSpan.FromSeconds(10));
        running.Dispose();
    }
}
