using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.ProviderTestSupport;
using Google.Protobuf.WellKnownTypes;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>
/// The engine ends a run with Cancel, then interrupts the plugin and kills it a few seconds later. A plugin whose
/// interrupt never arrives (started with SIGINT ignored, as every process of a background job of a non-interactive
/// shell is) is only killed; its shells and their PowerShell processes must be gone by then, so Cancel deletes them.
/// A lab of its own: the tests count every shell and PowerShell process of the lab.
/// </summary>
public sealed class CancelClosesShellsLabTests(LabProviderFixture lab) : IClassFixture<LabProviderFixture>
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Cancel_ThenKill_LeavesNoShellOrPowerShellOnTheDc()
    {
        lab.CreateGpo("Cancel closes");
        await using var session = await lab.StartProviderAsync();
        await PolicyRequests.UpAsync(session, "cancel", Structs.Of(("gpoName", "Cancel closes")));
        var open = await lab.Lab.GetCountersAsync(CancellationToken.None);

        await session.Client.CancelAsync(new Empty());
        session.Provider.Kill();

        Assert.True(await session.Provider.WaitForExitAsync(ExitTimeout), "the provider did not exit after the kill");
        Assert.True(open.ShellsOpen > 0, "the create left no shell open to close; the test would prove nothing");
        Assert.Equal(0, (await lab.Lab.GetCountersAsync(CancellationToken.None)).ShellsOpen);
        Assert.Equal(0, LabProcesses.PowerShell(lab.Lab.DataDirectory));
    }

    [Fact]
    public async Task Cancel_WhileTheDeleteMeetsADroppedConnection_DeletesTheShellOnTheNextTry()
    {
        lab.CreateGpo("Cancel closes through a fault");
        await using var session = await lab.StartProviderAsync();
        await PolicyRequests.UpAsync(session, "cancel-fault", Structs.Of(("gpoName", "Cancel closes through a fault")));
        var before = await lab.Lab.GetCountersAsync(CancellationToken.None);
        await lab.Lab.SetFaultsAsync(1, ["dropBefore"], null, null, CancellationToken.None, limit: 1);

        await session.Client.CancelAsync(new Empty());
        session.Provider.Kill();
        await lab.Lab.SetFaultsAsync(0, ["dropBefore"], null, null, CancellationToken.None);

        Assert.True(await session.Provider.WaitForExitAsync(ExitTimeout), "the provider did not exit after the kill");
        var after = await lab.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(1, after.Injected("dropBefore") - before.Injected("dropBefore"));
        Assert.True(before.ShellsOpen > 0, "the create left no shell open to close; the test would prove nothing");
        Assert.Equal(0, after.ShellsOpen);
        Assert.Equal(0, LabProcesses.PowerShell(lab.Lab.DataDirectory));
    }
}
