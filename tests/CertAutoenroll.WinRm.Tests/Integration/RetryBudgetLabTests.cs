using System.Diagnostics;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// Where recovery must stop: retries used up, the caller's deadline, a reply later than the client waits, a wrong
/// password (never retried: one failed logon, the same error for every queued and later request).
/// </summary>
public sealed class RetryBudgetLabTests(LabFixture fixture) : FaultLabTestBase(fixture), IClassFixture<LabFixture>
{
    [Fact]
    public async Task InvokeAsync_ReplyDelayedPastTheClientTimeout_GivesUpOnItAndGetsTheReplyAgain()
    {
        var options = Fixture.Http(WinRmAuthentication.Ntlm);
        options = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = options.Scheme, Authentication = options.Authentication,
            UserName = options.UserName, Password = options.Password, OperationTimeout = TimeSpan.FromSeconds(1), MaxRetries = 2,
        };
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", Deadline);
        var before = await Fixture.Lab.GetCountersAsync(Deadline);

        await Fixture.Lab.SetFaultsAsync(1, ["delayReply"], null, null, Deadline, limit: 1);
        var clock = Stopwatch.StartNew();

        var result = await pool.InvokeAsync(EchoScript, "late", Deadline);
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal("echo:late", result.Output);
        Assert.Equal(1, after.Injected("delayReply") - before.Injected("delayReply"));
        Assert.Equal(1, pool.SessionsOpened);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up on the late reply only after {clock.Elapsed}");
    }


    [Fact]
    public async Task InvokeAsync_EveryReceiveLosesItsReply_GivesUpAfterMaxRetriesNamingTheHostAttemptsAndLastFault()
    {
        var options = NtlmWithOneRetry();
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        var before = await Fixture.Lab.GetCountersAsync(Deadline);

        await Fixture.Lab.SetFaultsAsync(1, ["dropAfterReceive"], null, null, Deadline);
        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", Deadline));

        await FaultsOffAsync();
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
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
    public async Task InvokeAsync_EveryShellRefusedByQuota_GivesUpSayingTheRequestNeverRanAndCountsNoAttempt()
    {
        var options = NtlmWithOneRetry();
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        var before = await Fixture.Lab.GetCountersAsync(Deadline);

        await Fixture.Lab.SetFaultsAsync(1, ["quotaShells"], null, null, Deadline);
        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", Deadline));

        await FaultsOffAsync();
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.True(after.Injected("quotaShells") - before.Injected("quotaShells") > options.MaxRetries + 1, "every shell the pool asked for was refused");
        Assert.Equal(before.ShellsCreated, after.ShellsCreated);
        // Moving a request no session could send is not an attempt: the count says the request never ran.
        Assert.Equal(0, exhausted.Attempts);
        Assert.Contains("never ran", exhausted.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" attempt", exhausted.Message, StringComparison.Ordinal);
    }


    [Fact]
    public async Task InvokeAsync_FaultOnEveryRequestAndManyRetries_EndsAtTheCallersDeadline()
    {
        var options = Fixture.Https();
        options = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = options.Scheme, Authentication = options.Authentication,
            UserName = options.UserName, Password = options.Password, CaCertificate = options.CaCertificate,
            OperationTimeout = options.OperationTimeout, MaxRetries = 100,
        };
        var before = await Fixture.Lab.GetCountersAsync(Deadline);
        await Fixture.Lab.SetFaultsAsync(1, ["dropBefore"], null, null, Deadline);
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Deadline);
        deadline.CancelAfter(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", deadline.Token));

        await FaultsOffAsync();
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
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
        var options = Fixture.Http(WinRmAuthentication.Ntlm, password);
        var before = await Fixture.Lab.GetCountersAsync(Deadline);
        await using var pool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);

        var queued = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Record.ExceptionAsync(() => pool.InvokeAsync(EchoScript, "q" + i, Deadline))));
        var afterQueued = await Fixture.Lab.GetCountersAsync(Deadline);
        await using var secondPool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);
        var later = await Record.ExceptionAsync(() => secondPool.InvokeAsync(EchoScript, "later", Deadline));

        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(1, after.FailedLogons - before.FailedLogons);
        Assert.All(queued, e => Assert.IsType<WinRmAuthenticationException>(e));
        Assert.IsType<WinRmAuthenticationException>(later);
        Assert.Single(queued.Select(e => e!.Message).Append(later!.Message).Distinct());
        Assert.Equal(afterQueued.HttpRequests, after.HttpRequests); // the later request never reached the DC
        Assert.DoesNotContain(password, later.Message, StringComparison.Ordinal);
    }

    private WinRmConnectionOptions NtlmWithOneRetry()
    {
        var http = Fixture.Http(WinRmAuthentication.Ntlm);
        return new WinRmConnectionOptions
        {
            Host = http.Host, Port = http.Port, Scheme = http.Scheme, Authentication = http.Authentication,
            UserName = http.UserName, Password = http.Password, OperationTimeout = http.OperationTimeout, MaxRetries = 1,
        };
    }
}
