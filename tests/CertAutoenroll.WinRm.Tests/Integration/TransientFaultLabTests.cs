using System.Diagnostics;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using CertAutoenroll.WinRm.Shell;
using CertAutoenroll.WinRm.Transport;
using CertAutoenroll.WinRm.WsMan;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// One fault kind at a time, switched on through POST /lab/faults: each test checks that the lab's counter for that
/// kind moved by exactly what the test caused (the fault really happened) and that the request recovered, or failed,
/// as specified. Faults are off between tests, no test may leave a shell open, and every call the tests make is
/// bound by <see cref="TestDeadline"/>, so a regression fails the test instead of hanging the run.
/// </summary>
public sealed class TransientFaultLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    private const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    private static readonly TimeSpan TestDeadline = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _deadline = new(TestDeadline);

    private CancellationToken Deadline => _deadline.Token;

    public Task InitializeAsync() => FaultsOffAsync();

    public async Task DisposeAsync()
    {
        using (_deadline)
        {
            await FaultsOffAsync();
            Assert.Equal(0, await fixture.ShellsOpenAsync());
        }
    }

    [Theory]
    [InlineData("dropBefore")]
    [InlineData("dropAfterSend")]
    [InlineData("dropAfterReceive")]
    [InlineData("unauthorized")]
    public async Task InvokeAsync_FaultOnTheLink_AsksForTheRepliesAgainOnTheSameSessionAndSucceeds(string kind)
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var (before, after) = await RecoverFromOneFaultAsync(pool, kind);

        Assert.Equal(before.FailedLogons, after.FailedLogons);
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Theory]
    [InlineData("shellGone")]
    [InlineData("killPowerShell")]
    public async Task InvokeAsync_FaultThatEndsTheShellOrProcess_RerunsOnAFreshSessionAndSucceeds(string kind)
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        await RecoverFromOneFaultAsync(pool, kind);

        Assert.Equal(2, pool.SessionsOpened);
    }

    [Theory]
    [InlineData("http500")]
    [InlineData("quotaOperations")]
    public async Task InvokeAsync_FaultThatRefusesTheRequest_SendsItAgainOnTheSameSession(string kind)
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", Deadline);
        var before = await fixture.Lab.GetCountersAsync(Deadline);

        await fixture.Lab.SetFaultsAsync(2, [kind], null, null, Deadline, limit: 2);
        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await pool.InvokeAsync(EchoScript, "r" + i, Deadline)).Output);
        }

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(["echo:r0", "echo:r1", "echo:r2"], results);
        Assert.Equal(2, after.Injected(kind) - before.Injected(kind));
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_QuotaShellsOnCreate_CreatesAgainAndSucceeds()
    {
        var before = await fixture.Lab.GetCountersAsync(Deadline);
        await fixture.Lab.SetFaultsAsync(1, ["quotaShells"], null, null, Deadline, limit: 1);
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "q", Deadline);

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal("echo:q", result.Output);
        Assert.Equal(1, after.Injected("quotaShells") - before.Injected("quotaShells"));
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_ReplyDelayedPastTheClientTimeout_GivesUpOnItAndGetsTheReplyAgain()
    {
        var options = fixture.Http(WinRmAuthentication.Ntlm);
        options = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = options.Scheme, Authentication = options.Authentication,
            UserName = options.UserName, Password = options.Password, OperationTimeout = TimeSpan.FromSeconds(1), MaxRetries = 2,
        };
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", Deadline);
        var before = await fixture.Lab.GetCountersAsync(Deadline);

        await fixture.Lab.SetFaultsAsync(1, ["delayReply"], null, null, Deadline, limit: 1);
        var clock = Stopwatch.StartNew();

        var result = await pool.InvokeAsync(EchoScript, "late", Deadline);
        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal("echo:late", result.Output);
        Assert.Equal(1, after.Injected("delayReply") - before.Injected("delayReply"));
        Assert.Equal(1, pool.SessionsOpened);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up on the late reply only after {clock.Elapsed}");
    }

    [Fact]
    public async Task InvokeAsync_EveryReceiveLosesItsReply_GivesUpAfterMaxRetriesNamingTheHostAttemptsAndLastFault()
    {
        var options = fixture.Http(WinRmAuthentication.Ntlm);
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        var before = await fixture.Lab.GetCountersAsync(Deadline);

        await fixture.Lab.SetFaultsAsync(1, ["dropAfterReceive"], null, null, Deadline);
        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", Deadline));

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(options.MaxRetries + 1, exhausted.Attempts);
        Assert.False(exhausted.DeadlinePassed);
        Assert.Contains($"{options.Host}:{options.EffectivePort}", exhausted.Message, StringComparison.Ordinal);
        Assert.Contains($"{options.MaxRetries + 1} attempts", exhausted.Message, StringComparison.Ordinal);
        Assert.Contains("last fault", exhausted.Message, StringComparison.Ordinal);
        // Each session asks for the lost replies maxRetries times, then is given up; each re-run gets a fresh one.
        Assert.Equal((options.MaxRetries + 1) * (options.MaxRetries + 1), after.Injected("dropAfterReceive") - before.Injected("dropAfterReceive"));
        Assert.Equal(options.MaxRetries + 1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_FaultOnEveryRequestAndManyRetries_EndsAtTheCallersDeadline()
    {
        var options = fixture.Https();
        options = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = options.Scheme, Authentication = options.Authentication,
            UserName = options.UserName, Password = options.Password, CaCertificate = options.CaCertificate,
            OperationTimeout = options.OperationTimeout, MaxRetries = 100,
        };
        var before = await fixture.Lab.GetCountersAsync(Deadline);
        await fixture.Lab.SetFaultsAsync(1, ["dropBefore"], null, null, Deadline);
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Deadline);
        deadline.CancelAfter(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", deadline.Token));

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        Assert.True(after.Injected("dropBefore") - before.Injected("dropBefore") >= 2, "the lab dropped the connection on every try");
        Assert.Equal(before.ShellsCreated, after.ShellsCreated); // every try was dropped before the DC did anything
        Assert.True(exhausted.DeadlinePassed);
        Assert.Contains("deadline", exhausted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WrongPasswordWithManyQueuedAndLaterRequests_OneFailedLogonAndTheSameErrorForAll()
    {
        var password = "Wrong-" + Guid.NewGuid().ToString("N");
        var options = fixture.Http(WinRmAuthentication.Ntlm, password);
        var before = await fixture.Lab.GetCountersAsync(Deadline);
        await using var pool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);

        var queued = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Record.ExceptionAsync(() => pool.InvokeAsync(EchoScript, "q" + i, Deadline))));
        var afterQueued = await fixture.Lab.GetCountersAsync(Deadline);
        await using var secondPool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);
        var later = await Record.ExceptionAsync(() => secondPool.InvokeAsync(EchoScript, "later", Deadline));

        var after = await fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(1, after.FailedLogons - before.FailedLogons);
        Assert.All(queued, e => Assert.IsType<WinRmAuthenticationException>(e));
        Assert.IsType<WinRmAuthenticationException>(later);
        Assert.Single(queued.Select(e => e!.Message).Append(later!.Message).Distinct());
        Assert.Equal(afterQueued.HttpRequests, after.HttpRequests); // the later request never reached the DC
        Assert.DoesNotContain(password, later.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionLoop_LineCutShortThenTheClientsNextLines_AnswersNotReceivedAndRunsTheWholeRequestOnce()
    {
        // The loop itself on the lab's PowerShell, fed by hand: a request line cut short (as when its Send broke off
        // half-way), then what the client writes after such a fault (a replay request, the request again, twice).
        using var connection = WsManConnection.Open(fixture.Http(WinRmAuthentication.Ntlm), NullLogger.Instance, RetryPolicy.Default(0));
        await using var shell = await WinRsShell.OpenAsync(connection.Client, new ShellSettings(), NullLogger.Instance, Deadline);
        var command = await shell.StartAsync(
            PowerShellBootstrap.Executable, PowerShellBootstrap.Arguments(PowerShellBootstrap.SessionStart), streamStdin: true, Deadline);
        await command.SendAsync(PowerShellBootstrap.SessionLoopLine, end: false, Deadline);
        var id = Guid.NewGuid().ToString("N");
        var request = PowerShellFraming.EncodeRequest(id, "param($a) $global:cutTestRuns++; Write-Output ($a + ':' + $global:cutTestRuns)", "whole");

        await command.SendAsync(request.AsMemory(0, 60), end: false, Deadline);
        await command.SendAsync(PowerShellFraming.EncodeReplayRequest([id]), end: false, Deadline);
        await command.SendAsync(request, end: false, Deadline);
        await command.SendAsync(request, end: false, Deadline);
        var replies = await ReceiveRepliesAsync(command, 4);

        Assert.All(replies, r => Assert.Equal(id, r.Id));
        Assert.Null(replies[0].Result); // the cut line: "not received", nothing ran
        Assert.Null(replies[1].Result); // the replay request: still not received
        Assert.Equal(new PowerShellResult("whole:1", string.Empty, true), replies[2].Result);
        Assert.Equal(replies[2].Result, replies[3].Result); // sent again: its kept reply, not a second run
    }

    private async Task<List<(string Id, PowerShellResult? Result)>> ReceiveRepliesAsync(ShellCommand command, int count)
    {
        var lines = new LineSplitter(PowerShellBootstrap.ReplyMarker + " ");
        var replies = new List<(string Id, PowerShellResult? Result)>();
        while (replies.Count < count)
        {
            var output = await command.ReceiveOnceAsync(Deadline);
            Assert.False(output.Done, "the session loop exited");
            replies.AddRange(lines.Push(output.Stdout).Select(PowerShellFraming.TryParseReply).OfType<(string, PowerShellResult?)>());
        }

        return replies;
    }

    /// <summary>
    /// Warms the one-session pool, then one fault of <paramref name="kind"/> on the next request it can hit and four
    /// calls: each must get its own output, and the lab must have injected exactly that one fault.
    /// </summary>
    private async Task<(LabCounters Before, LabCounters After)> RecoverFromOneFaultAsync(WinRmPowerShellPool pool, string kind)
    {
        await pool.InvokeAsync(EchoScript, "warm", Deadline);
        var before = await fixture.Lab.GetCountersAsync(Deadline);

        await fixture.Lab.SetFaultsAsync(1, [kind], null, null, Deadline, limit: 1);
        var first = await pool.InvokeAsync(EchoScript, "a", Deadline);
        var rest = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => pool.InvokeAsync(EchoScript, "b" + i, Deadline)));
        var after = await fixture.Lab.GetCountersAsync(Deadline);

        Assert.Equal("echo:a", first.Output);
        Assert.Equal(["echo:b0", "echo:b1", "echo:b2"], rest.Select(r => r.Output));
        Assert.Equal(1, after.Injected(kind) - before.Injected(kind));
        return (before, after);
    }

    private Task FaultsOffAsync() => fixture.Lab.SetFaultsAsync(0, ["http500", "dropBefore"], null, null, CancellationToken.None);
}
