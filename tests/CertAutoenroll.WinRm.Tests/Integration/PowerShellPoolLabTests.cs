using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.PowerShell;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>The persistent-session pool against the lab listener; every test must leave no shell open.</summary>
public sealed class PowerShellPoolLabTests(LabFixture fixture) : IClassFixture<LabFixture>, IAsyncLifetime
{
    private const string EchoScript = "param([string]$RequestBase64) Write-Output ('echo:' + $RequestBase64)";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => Assert.Equal(0, await fixture.ShellsOpenAsync());

    [Fact]
    public async Task InvokeAsync_BasicOverHttpsWithLabCa_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "abc", CancellationToken.None);

        Assert.True(result.Succeeded, result.Errors);
        Assert.Equal("echo:abc", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_NtlmOverSealedHttp_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "ntlm", CancellationToken.None);

        Assert.Equal("echo:ntlm", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_NegotiateOverHttp_ReturnsOutput()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Negotiate), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(EchoScript, "spnego", CancellationToken.None);

        Assert.Equal("echo:spnego", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_WrongPassword_FailsOnFirstTryWithOneAuthFailure()
    {
        var before = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm, password: "Wrong-Password-1"), 1, NullLoggerFactory.Instance);

        var exception = await Assert.ThrowsAsync<WinRmAuthenticationException>(() => pool.InvokeAsync(EchoScript, "x", CancellationToken.None));

        var after = await fixture.Lab.GetCountersAsync(CancellationToken.None);
        Assert.Equal(1, after.AuthFailures - before.AuthFailures);
        Assert.DoesNotContain("Wrong-Password-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_200KbScript_RunsWholeScript()
    {
        var filler = new string('x', 200 * 1024);
        var script = "param([string]$RequestBase64)\n$filler = '" + filler + "'\nWrite-Output ($filler.Length.ToString() + ':' + $RequestBase64)";
        await using var pool = new WinRmPowerShellPool(fixture.Http(WinRmAuthentication.Ntlm), 1, NullLoggerFactory.Instance);

        var result = await pool.InvokeAsync(script, "big", CancellationToken.None);

        Assert.Equal("204800:big", result.Output);
    }

    [Fact]
    public async Task InvokeAsync_ErrorsAndThrow_ReturnsReadableErrorsAndFlag()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 1, NullLoggerFactory.Instance);

        var nonTerminating = await pool.InvokeAsync("param([string]$RequestBase64) Write-Error 'soft failure'; 'after'", string.Empty, CancellationToken.None);
        var terminating = await pool.InvokeAsync("param([string]$RequestBase64) throw 'hard failure'", string.Empty, CancellationToken.None);

        Assert.True(nonTerminating.Succeeded);
        Assert.Equal("after", nonTerminating.Output);
        Assert.Contains("soft failure", nonTerminating.Errors, StringComparison.Ordinal);
        Assert.False(terminating.Succeeded);
        Assert.Contains("hard failure", terminating.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("CLIXML", terminating.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_ConcurrentCalls_SpreadOverSessionsAndAnswerEachCaller()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 2, NullLoggerFactory.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => pool.InvokeAsync(EchoScript, "n" + i, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 12).Select(i => "echo:n" + i), results.Select(r => r.Output));
        Assert.InRange(pool.SessionsOpened, 1, 2);
    }

    [Fact]
    public async Task InvokeAsync_BurstBeforeAnySessionIsOpen_OpensOneSessionForTheWholeBurst()
    {
        await using var pool = new WinRmPowerShellPool(fixture.Https(), 4, NullLoggerFactory.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => pool.InvokeAsync(EchoScript, "b" + i, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => "echo:b" + i), results.Select(r => r.Output));
        Assert.Equal(1, pool.SessionsOpened);
    }

    [Fact]
    public async Task InvokeAsync_ScriptKillsItsProcessEveryTime_RerunsOnFreshSessionsThenNamesAttemptsAndLastFault()
    {
        var options = fixture.Https();
        await using var pool = new WinRmPowerShellPool(options, 1, NullLoggerFactory.Instance);
        await pool.InvokeAsync(EchoScript, "warm", CancellationToken.None);

        var exhausted = await Assert.ThrowsAsync<WinRmRetriesExhaustedException>(
            () => pool.InvokeAsync("param([string]$RequestBase64) [Environment]::Exit(7)", string.Empty, CancellationToken.None));
        var after = await pool.InvokeAsync(EchoScript, "again", CancellationToken.None);

        Assert.Equal(options.MaxRetries + 1, exhausted.Attempts);
        Assert.IsType<WinRmSessionLostException>(exhausted.InnerException);
        Assert.Contains("exited (code 7)", exhausted.Message, StringComparison.Ordinal);
        Assert.Contains($"{options.MaxRetries + 1} attempts", exhausted.Message, StringComparison.Ordinal);
        Assert.Equal("echo:again", after.Output);
        Assert.Equal(1 + options.MaxRetries + 1, pool.SessionsOpened); // the warm one, one per re-run, one for "again"
    }
}
