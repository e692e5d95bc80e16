using CertAutoenroll.WinRm.PowerShell;
using CertAutoenroll.WinRm.Tests.Infrastructure;
using CertAutoenroll.WinRm.Transport;
using CertAutoenroll.WinRm.WsMan;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.PowerShell;

public sealed class PersistentPowerShellSessionTests
{
    private static PersistentPowerShellSession Session(FakeBootstrapTransport transport, int inPlaceRetries = 0) =>
        new(
            () => new WsManConnection(transport, new WsManClient(transport, new Uri("http://dc01:5985/wsman"), TimeSpan.FromSeconds(5), () => WsManFixtures.MessageGuid)),
            1,
            "dc01",
            TimeSpan.FromMinutes(1),
            NullLogger.Instance,
            inPlaceRetries);

    [Fact]
    public async Task InvokeAsync_FirstRequest_TravelsInOneSendBehindTheLoopForTheBootstrapToRun()
    {
        var transport = new FakeBootstrapTransport();
        transport.CommandGate.SetResult();
        await using var session = Session(transport);

        var result = await session.InvokeAsync("param($a) $a", "first", CancellationToken.None);

        Assert.Equal(PowerShellBootstrap.SessionLoop, transport.LoopSource);
        Assert.Equal("echo:first", result.Output);
        Assert.Equal(1, transport.Sends);
    }

    [Theory]
    // Dropped before the shell read it: without the loop in front of the replay request, the bootstrap would read
    // that line as the loop and end. Its reply lost after the shell read it: the running loop ignores the second copy.
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvokeAsync_FirstSendLostOnTheWay_SendsTheLoopAgainAndRunsTheRequestOnceOnTheSameSession(bool droppedBeforeRead)
    {
        var transport = new FakeBootstrapTransport { DropNextSend = droppedBeforeRead, LoseNextSendReply = !droppedBeforeRead };
        transport.CommandGate.SetResult();
        await using var session = Session(transport, inPlaceRetries: 2);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await session.InvokeAsync("param($a) $a", "again", deadline.Token);

        Assert.Equal("echo:again", result.Output);
        Assert.False(transport.BootstrapFailed);
        Assert.Equal(PowerShellBootstrap.SessionLoop, transport.LoopSource);
        Assert.Equal(1, Assert.Single(transport.Runs).Value);
        Assert.True(transport.Sends >= 2, $"{transport.Sends} Sends: the lost one was not followed by another");
        Assert.True(session.IsUsable);
    }

    [Theory]
    [InlineData(20, 0)] // within the id: nothing to answer; the replay request's "not received" brings it again
    [InlineData(60, 1)] // within the script: the cut line itself is answered "not received"
    public async Task InvokeAsync_SendCutShortOnTheWay_LoopAnswersNotReceivedAndTheRequestRunsOnceOnTheSameSession(int delivered, int cutLinesAnswered)
    {
        var transport = new FakeBootstrapTransport { CutNextSendAfter = delivered };
        transport.CommandGate.SetResult();
        await using var session = Session(transport, inPlaceRetries: 2);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await session.InvokeAsync("param($a) $a", "whole", deadline.Token);

        // The cut line was ended by the replay request's leading line break, so it did not swallow it.
        Assert.Equal("echo:whole", result.Output);
        Assert.Equal(cutLinesAnswered, transport.CutLinesAnswered);
        Assert.Equal(1, Assert.Single(transport.Runs).Value);
        Assert.True(session.IsUsable);
    }

    [Fact]
    public async Task InvokeAsync_RequestsQueuedTogether_WritesThemInOneSend()
    {
        var transport = new FakeBootstrapTransport();
        await using var session = Session(transport);
        var calls = Enumerable.Range(0, 5).Select(i => session.InvokeAsync("param($a) $a", "r" + i, CancellationToken.None)).ToList();

        transport.CommandGate.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal([5], transport.LinesPerSend);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => "echo:r" + i), results.Select(r => r.Output));
    }

    [Fact]
    public async Task InvokeAsync_ProcessExitsWhileInFlight_ThrowsSessionLostAndMarksSessionUnusable()
    {
        var transport = new FakeBootstrapTransport { ExitOnNextReceive = true };
        transport.CommandGate.SetResult();
        await using var session = Session(transport);

        var exception = await Assert.ThrowsAsync<WinRmSessionLostException>(() => session.InvokeAsync("exit", string.Empty, CancellationToken.None));

        Assert.Contains("exited (code 7)", exception.Message, StringComparison.Ordinal);
        Assert.False(session.IsUsable);
    }

    [Fact]
    public async Task DisposeAsync_AfterUse_DeletesTheShell()
    {
        var transport = new FakeBootstrapTransport();
        transport.CommandGate.SetResult();
        var session = Session(transport);
        await session.InvokeAsync("1", string.Empty, CancellationToken.None);

        await session.DisposeAsync();

        Assert.Equal(1, transport.Deletes);
    }

    [Fact]
    public async Task DisposeAsync_WhileTheShellIsBeingCreated_DeletesTheShellOnceTheCreateAnswers()
    {
        // Abandoning the Create would leave the service a shell whose id the client never learns.
        var transport = new FakeBootstrapTransport { CreateGate = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        var session = Session(transport);

        var disposing = session.DisposeAsync().AsTask();
        transport.CreateGate.SetResult();
        await disposing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, transport.Deletes);
    }

    [Fact]
    public async Task InvokeAsync_CallerCancelsWhileQueued_ThrowsCancelled()
    {
        var transport = new FakeBootstrapTransport();
        await using var session = Session(transport);
        using var cancellation = new CancellationTokenSource();
        var call = session.InvokeAsync("1", string.Empty, cancellation.Token);

        await cancellation.CancelAsync();
        transport.CommandGate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Empty(transport.LinesPerSend);
    }
}
