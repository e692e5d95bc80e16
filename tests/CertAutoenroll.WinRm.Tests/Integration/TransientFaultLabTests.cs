using System.Diagnostics;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// One fault kind at a time, switched on through POST /lab/faults: each test checks that the lab's counter for that
/// kind moved (the fault really happened) and that the request recovered, or failed, as specified. Faults are off
/// between tests, and no test may leave a shell open.
/// </summary>
public sealed class TransientFaultLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    private const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    public Task InitializeAsync() => FaultsOffAsync();

    public async Task DisposeAsync()
    {
        await FaultsOffAsync();
        Assert.Equal(0, await fixture.ShellsOpenAsync());
    }

    [Theory(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    [InlineData("dropBefore")]
    [InlineData("dropAfterSend")]
    [InlineData("dropAfterReceive")]
    [InlineData("unauthorized")]
    public async Task InvokeAsync_FaultOnTheLink_AsksForTheRepliesAgainOnTheSameSessionAndSucceeds(string kind)
    {
        var (first, rest, before, after, pool) = await RunWithOneFaultAsync(kind);

        Assert.Equal("echo:a", first.Output);
        Assert.Equal(["echo:b0", "echo:b1", "echo:b2"], rest.Select(r => r.Output));
        Assert.Equal(1, after.Injected(kind) - before.Injected(kind));
        Assert.Equal(before.FailedLogons, after.FailedLogons);
        Assert.Equal(1, pool.SessionsOpened);
        await pool.DisposeAsync();
    }

    [Theory(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    [InlineData("shellGone")]
    [InlineData("killPowerShell")]
    public async Task InvokeAsync_FaultThatEndsTheShellOrProcess_RerunsOnAFreshSessionAndSucceeds(string kind)
    {
        var (first, rest, before, after, pool) = await RunWithOneFaultAsync(kind);

        Assert.Equal("echo:a", first.Output);
        Assert.Equal(["echo:b0", "echo:b1", "echo:b2"], rest.Select(r => r.Output));
        Assert.Equal(1, after.Injected(kind) - before.Injected(kind));
        Assert.Equal(2, pool.SessionsOpened);
        await pool.DisposeAsync();
    }

    [Theory(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    [InlineData("http500")]
    [InlineData("quotaOperations")]
    public async Task InvokeAsync_FaultThatRefusesTheRequest_SendsItAgainOnTheSameSession(string kind)
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", CancellationToken.None);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);

        await fixture.Lab.SetFaultsAsync(2, [kind], null, null, CancellationToken.None);
        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await pool.InvokeAsync(EchoScript, "r" + i, CancellationToken.None)).Output);
        }

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(["echo:r0", "echo:r1", "echo:r2"], results);
        Assert.True(after.Injected(kind) - before.Injected(kind) >= 2, $"{kind} injected {after.Injected(kind) - before.Injected(kind)} times");
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    public async Task InvokeAsync_QuotaShellsOnCreate_CreatesAgainAndSucceeds()
    {
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        await fixture.Lab.SetFaultsAsync(1, ["quotaShells"], null, null, CancellationToken.None, limit: 1);
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "q", CancellationToken.None);

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
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
        await pool.InvokeAsync(EchoScript, "warm", CancellationToken.None);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);

        await fixture.Lab.SetFaultsAsync(1, ["delayReply"], null, null, CancellationToken.None, limit: 1);
        var clock = Stopwatch.StartNew();

        var result = await pool.InvokeAsync(EchoScript, "late", CancellationToken.None);
        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal("echo:late", result.Output);
        Assert.Equal(1, after.Injected("delayReply") - before.Injected("delayReply"));
        Assert.Equal(1, pool.SessionsOpened);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up on the late reply only after {clock.Elapsed}");
    }

    [Fact(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    public async Task InvokeAsync_EveryReceiveLosesItsReply_GivesUpAfterMaxRetriesNamingTheHostAttemptsAndLastFault()
    {
        var options = fixture.Http(WinRmAuthentication.Ntlm);
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);

        await fixture.Lab.SetFaultsAsync(1, ["dropAfterReceive"], null, null, CancellationToken.None);
        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", CancellationToken.None));

        await FaultsOffAsync();
        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(options.MaxRetries + 1, exhausted.Attempts);
        Assert.False(exhausted.DeadlinePassed);
        Assert.Contains($"{options.Host}:{options.EffectivePort}", exhausted.Message, StringComparison.Ordinal);
        Assert.Contains($"{options.MaxRetries + 1} attempts", exhausted.Message, StringComparison.Ordinal);
        Assert.Contains("last fault", exhausted.Message, StringComparison.Ordinal);
        // Each session asks for the lost replies maxRetries times, then is given up; each re-run gets a fresh one.
        Assert.Equal((options.MaxRetries + 1) * (options.MaxRetries + 1), after.Injected("dropAfterReceive") - before.Injected("dropAfterReceive"));
        Assert.Equal(options.MaxRetries + 1, pool.SessionsOpened);
    }

    [Fact(Skip = "Hangs against the strict lab since the issue-9 and issue-10 work met on main (seen 2026-12-01, not yet diagnosed); tracked in issue 10")]
    public async Task InvokeAsync_FaultOnEveryRequestAndManyRetries_EndsAtTheCallersDeadline()
    {
        var options = fixture.Https();
        options = new WinRmConnectionOptions
        {
            Host = options.Host, Port = options.Port, Scheme = options.Scheme, Authentication = options.Authentication,
            UserName = options.UserName, Password = options.Password, CaCertificate = options.CaCertificate,
            OperationTimeout = options.OperationTimeout, MaxRetries = 100,
        };
        await fixture.Lab.SetFaultsAsync(1, ["dropBefore"], null, null, CancellationToken.None);
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(() => pool.InvokeAsync(EchoScript, "x", deadline.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        Assert.True(exhausted.DeadlinePassed);
        Assert.Contains("deadline", exhausted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_WrongPasswordWithManyQueuedAndLaterRequests_OneFailedLogonAndTheSameErrorForAll()
    {
        var password = "Wrong-" + Guid.NewGuid().ToString("N");
        var options = fixture.Http(WinRmAuthentication.Ntlm, password);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        await using var pool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);

        var queued = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Record.ExceptionAsync(() => pool.InvokeAsync(EchoScript, "q" + i, CancellationToken.None))));
        var afterQueued = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        await using var secondPool = new WinRmPowerShellPool(options, 4, NullLoggerFactory.Instance);
        var later = await Record.ExceptionAsync(() => secondPool.InvokeAsync(EchoScript, "later", CancellationToken.None));

        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(1, after.FailedLogons - before.FailedLogons);
        Assert.All(queued, e => Assert.IsType<WinRmAuthenticationException>(e));
        Assert.IsType<WinRmAuthenticationException>(later);
        Assert.Single(queued.Select(e => e!.Message).Append(later!.Message).Distinct());
        Assert.Equal(afterQueued.HttpRequests, after.HttpRequests); // the later request never reached the DC
        Assert.DoesNotContain(password, later.Message, StringComparison.Ordinal);
    }

    /// <summary>A warm one-session pool; one fault of <paramref name="kind"/> on the next request it can hit; then three more calls.</summary>
    private async Task<(PowerShellResult First, PowerShellResult[] Others, LabCounters Before, LabCounters After, WinRmPowerShellPool Pool)> RunWithOneFaultAsync(string kind)
    {
        var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", CancellationToken.None);
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);

        await fixture.Lab.SetFaultsAsync(1, [kind], null, null, CancellationToken.None, limit: 1);
        var first = await pool.InvokeAsync(EchoScript, "a", CancellationToken.None);
        var rest = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => pool.InvokeAsync(EchoScript, "b" + i, CancellationToken.None)));
        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        return (first, rest, before, after, pool);
    }

    private Task FaultsOffAsync() => fixture.Lab.SetFaultsAsync(0, ["http500", "dropBefore"], null, null, CancellationToken.None);
}
