using System.Text.Json;
using LabDomainController.Launcher;

namespace LabDomainController.Tests.PythonWinRm;

/// <summary>
/// An independent client, Debian's python3-winrm 0.3.0, against the lab listener: proof that the lab speaks
/// WinRM as Windows does, not just as our own client expects.
/// </summary>
public sealed class PythonWinRmTests
{
    [Fact]
    public async Task RunCommands_NtlmSealedHttp_AllCommandsReturnWindowsShapedResults()
    {
        await PythonWinRmHarness.EnsureInstalledAsync();
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);

        var results = await PythonWinRmHarness.RunClientAsync(lab.HttpEndpoint, lab.UserName, lab.Password, "ntlm");
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        AssertCommandResults(results);
        Assert.Equal(0, counters.ShellsOpen);
        Assert.Equal(0, counters.AuthFailures);
    }

    [Fact]
    public async Task RunCommands_BasicHttpsTrustingLabCertificate_AllCommandsReturnWindowsShapedResults()
    {
        await PythonWinRmHarness.EnsureInstalledAsync();
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        var caPath = Path.Combine(lab.DataDirectory, "certificate.pem");

        var results = await PythonWinRmHarness.RunClientAsync(lab.HttpsEndpoint, lab.LocalUserName!, lab.LocalPassword, "basic", caPath);
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        AssertCommandResults(results);
        Assert.Equal(0, counters.ShellsOpen);
    }

    [Fact]
    public async Task OpenShell_BasicWithDomainAccount_InvalidCredentialsAsWinRmDoes()
    {
        await PythonWinRmHarness.EnsureInstalledAsync();
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);
        var caPath = Path.Combine(lab.DataDirectory, "certificate.pem");

        var results = await PythonWinRmHarness.RunClientAsync(lab.HttpsEndpoint, lab.UserName, lab.Password, "basic", caPath);
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal("InvalidCredentialsError", results.GetProperty("error").GetString());
        Assert.Equal(1, counters.AuthFailures);
        Assert.Equal(0, counters.ShellsCreated);
    }

    [Fact]
    public async Task OpenShell_NtlmWrongPassword_InvalidCredentialsAndAuthFailuresUpByExactlyOne()
    {
        await PythonWinRmHarness.EnsureInstalledAsync();
        await using var lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), CancellationToken.None);

        var results = await PythonWinRmHarness.RunClientAsync(lab.HttpEndpoint, lab.UserName, "not-" + lab.Password, "ntlm");
        var counters = await lab.GetCountersAsync(CancellationToken.None);

        Assert.Equal("InvalidCredentialsError", results.GetProperty("error").GetString());
        Assert.Equal(1, counters.AuthFailures);
        Assert.Equal(0, counters.ShellsCreated);
    }

    private static void AssertCommandResults(JsonElement results)
    {
        Assert.Equal("hi\r\n", Stdout(results, "echo"));
        Assert.Equal("sum=5\r\n", Stdout(results, "powershell"));
        Assert.Equal(7, results.GetProperty("powershell").GetProperty("exitCode").GetInt32());
        var error = results.GetProperty("error");
        Assert.Equal(1, error.GetProperty("exitCode").GetInt32());
        Assert.StartsWith("#< CLIXML\r\n<Objs Version=\"1.1.0.1\"", error.GetProperty("stderr").GetString(), StringComparison.Ordinal);
        Assert.Contains("lab failure_x000D__x000A_</S>", error.GetProperty("stderr").GetString(), StringComparison.Ordinal);
        Assert.Equal("stdin=42\r\n", Stdout(results, "stdin"));
        Assert.Contains("31b2f340-016d-11d2-945f-00c04fb984f9", Stdout(results, "gpo"), StringComparison.OrdinalIgnoreCase);
    }

    private static string? Stdout(JsonElement results, string name) => results.GetProperty(name).GetProperty("stdout").GetString();
}
