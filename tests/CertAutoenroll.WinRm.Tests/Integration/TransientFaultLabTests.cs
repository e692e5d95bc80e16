using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using CertAutoenroll.WinRm.Shell;
using CertAutoenroll.WinRm.Transport;
using CertAutoenroll.WinRm.WsMan;
using LabDomainController.Launcher;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>
/// One fault kind at a time that the client recovers from (on the same session, or on a fresh one), and the session
/// loop's answer to a line cut short. Give-ups are in <see cref="RetryBudgetLabTests"/> (a class of its own, so the two
/// run side by side on their own labs).
/// </summary>
public sealed class TransientFaultLabTests(LabFixture fixture) : FaultLabTestBase(fixture), IClassFixture<LabFixture>
{
    [Theory]
    [InlineData("dropBefore")]
    [InlineData("dropAfterSend")]
    [InlineData("dropAfterReceive")]
    [InlineData("unauthorized")]
    public async Task InvokeAsync_FaultOnTheLink_AsksForTheRepliesAgainOnTheSameSessionAndSucceeds(string kind)
    {
        await using var pool = new WinRmPowerShellPool(Fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var (before, after) = await RecoverFromOneFaultAsync(pool, kind);

        Assert.Equal(before.FailedLogons, after.FailedLogons);
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Theory]
    [InlineData("shellGone")]
    [InlineData("killPowerShell")]
    public async Task InvokeAsync_FaultThatEndsTheShellOrProcess_RerunsOnAFreshSessionAndSucceeds(string kind)
    {
        await using var pool = new WinRmPowerShellPool(Fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        await RecoverFromOneFaultAsync(pool, kind);

        Assert.Equal(2, pool.SessionsOpened);
    }

    [Theory]
    [InlineData("http500")]
    [InlineData("quotaOperations")]
    public async Task InvokeAsync_FaultThatRefusesTheRequest_SendsItAgainOnTheSameSession(string kind)
    {
        await using var pool = new WinRmPowerShellPool(Fixture.Https(), 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", Deadline);
        var before = await Fixture.Lab.GetCountersAsync(Deadline);

        await Fixture.Lab.SetFaultsAsync(2, [kind], null, null, Deadline, limit: 2);
        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await pool.InvokeAsync(EchoScript, "r" + i, Deadline)).Output);
        }

        await FaultsOffAsync();
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(["echo:r0", "echo:r1", "echo:r2"], results);
        Assert.Equal(2, after.Injected(kind) - before.Injected(kind));
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_QuotaShellsOnCreate_CreatesAgainAndSucceeds()
    {
        var before = await Fixture.Lab.GetCountersAsync(Deadline);
        await Fixture.Lab.SetFaultsAsync(1, ["quotaShells"], null, null, Deadline, limit: 1);
        await using var pool = new WinRmPowerShellPool(Fixture.Https(), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "q", Deadline);

        await FaultsOffAsync();
        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal("echo:q", result.Output);
        Assert.Equal(1, after.Injected("quotaShells") - before.Injected("quotaShells"));
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_UnauthorizedRightAfterTheLogon_AuthenticatesAgainWithoutAFailedLogonOrARejection()
    {
        // The first request after the handshake (the shell's Create) meets the 401 of a forgotten logon: no rejection of
        // the credentials, so it must neither fail nor make every later request fail as if the password were wrong.
        var before = await Fixture.Lab.GetCountersAsync(Deadline);
        await Fixture.Lab.SetFaultsAsync(1, ["unauthorized"], null, null, Deadline, limit: 1);
        await using var pool = new WinRmPowerShellPool(Fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "u", Deadline);
        var later = await pool.InvokeAsync(EchoScript, "v", Deadline);

        var after = await Fixture.Lab.GetCountersAsync(Deadline);
        Assert.Equal(["echo:u", "echo:v"], [result.Output, later.Output]);
        Assert.Equal(1, after.Injected("unauthorized") - before.Injected("unauthorized"));
        Assert.Equal(before.FailedLogons, after.FailedLogons);
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task SessionLoop_LineCutShortThenTheClientsNextLines_AnswersNotReceivedAndRunsTheWholeRequestOnce()
    {
        // The loop itself on the lab's PowerShell, fed by hand: a request line cut short (as when its Send broke off
        // half-way), then what the client writes after such a fault (a replay request, the request again, twice).
        using var connection = WsManConnection.Open(Fixture.Http(WinRmAuthentication.Ntlm), NullLogger.Instance, RetryPolicy.Default(0));
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
        var before = await Fixture.Lab.GetCountersAsync(Deadline);

        await Fixture.Lab.SetFaultsAsync(1, [kind], null, null, Deadline, limit: 1);
        var first = await pool.InvokeAsync(EchoScript, "a", Deadline);
        var rest = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => pool.InvokeAsync(EchoScript, "b" + i, Deadline)));
        var after = await Fixture.Lab.GetCountersAsync(Deadline);

        Assert.Equal("echo:a", first.Output);
        Assert.Equal(["echo:b0", "echo:b1", "echo:b2"], rest.Select(r => r.Output));
        Assert.Equal(1, after.Injected(kind) - before.Injected(kind));
        return (before, after);
    }

}
