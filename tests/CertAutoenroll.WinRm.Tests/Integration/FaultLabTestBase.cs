namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// What the fault tests share: faults switched on through POST /lab/faults per test and off between tests; each test
/// checks that the lab's counter for its kind moved by exactly what it caused (the fault really happened) and that the
/// request recovered, or failed, as specified; no test may leave a shell open; and every call is bound by
/// <see cref="TestDeadline"/>, so a regression fails the test instead of hanging the run.
/// </summary>
public abstract class FaultLabTestBase(LabFixture fixture) : IAsyncLifetime
{
    protected const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    private static readonly TimeSpan TestDeadline = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _deadline = new(TestDeadline);

    protected LabFixture Fixture => fixture;

    protected CancellationToken Deadline => _deadline.Token;

    public Task InitializeAsync() => FaultsOffAsync();

    public async Task DisposeAsync()
    {
        using (_deadline)
        {
            await FaultsOffAsync();
            Assert.Equal(0, await fixture.ShellsOpenAsync());
        }
    }

    protected Task FaultsOffAsync() => fixture.Lab.SetFaultsAsync(0, ["http500", "dropBefore"], null, null, CancellationToken.None);
}
