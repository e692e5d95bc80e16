using LabDomainController.Hosting;

namespace LabDomainController.Tests.Launcher;

/// <summary>The lab's command line (contract 3), which the launcher writes.</summary>
public sealed class LabOptionsTests
{
    [Fact]
    public void Parse_FullCommandLine_ReadsEveryOption()
    {
        var options = LabOptions.Parse(
        [
            "--http-port", "0", "--https-port", "5986", "--user", @"LAB\Admin", "--password", "pw", "--data", "/tmp/lab",
            "--latency-ms", "10", "--powershell-start-ms", "400", "--fail-every", "7", "--max-shells", "3",
            "--unprivileged-user", @"LAB\Guest", "--allow-unencrypted", "--max-envelope-kb", "150", "--max-timeout-ms", "1000",
            "--shell-idle-seconds", "5", "--max-processes-per-shell", "4", "--fault-kinds", "shellGone,delayReply", "--fault-seed", "9",
            "--fault-delay-ms", "1200",
        ]);

        Assert.Equal(5986, options.HttpsPort);
        Assert.Equal(@"LAB\Admin", options.UserName);
        Assert.Equal(10, options.LatencyMs);
        Assert.Equal(400, options.PowerShellStartMs);
        Assert.Equal(7, options.FailEvery);
        Assert.Equal(3, options.MaxShells);
        Assert.Equal(@"LAB\Guest", options.UnprivilegedUserName);
        Assert.True(options.AllowUnencrypted);
        Assert.Equal(150, options.MaxEnvelopeSizeKb);
        Assert.Equal(1000, options.MaxTimeoutMs);
        Assert.Equal(5, options.ShellIdleSeconds);
        Assert.Equal(4, options.MaxProcessesPerShell);
        Assert.Equal(7, options.Faults.Every);
        Assert.Equal([LabDomainController.Scenarios.FaultKind.ShellGone, LabDomainController.Scenarios.FaultKind.DelayReply], options.Faults.Kinds);
        Assert.Equal(9, options.Faults.Seed);
        Assert.Equal(1200, options.Faults.DelayMs);
    }

    [Fact]
    public void Parse_MaxTimeoutBelowWindowsMinimum_ErrorNamesOptionAndRange()
    {
        var error = Assert.Throws<ArgumentException>(() => LabOptions.Parse(["--password", "p", "--data", "d", "--max-timeout-ms", "100"]));

        Assert.Contains("--max-timeout-ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoPassword_ErrorNamesThePasswordOption()
    {
        var error = Assert.Throws<ArgumentException>(() => LabOptions.Parse(["--data", "/tmp/lab"]));

        Assert.Contains("--password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PortOutOfRange_ErrorNamesOptionAndRange()
    {
        var error = Assert.Throws<ArgumentException>(() => LabOptions.Parse(["--password", "p", "--data", "d", "--http-port", "70000"]));

        Assert.Contains("--http-port", error.Message, StringComparison.Ordinal);
        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithPassword_NeverShowsIt()
    {
        var options = LabOptions.Parse(["--password", "Sup3r-Secret", "--data", "/tmp/lab"]);

        Assert.DoesNotContain("Sup3r-Secret", options.ToString(), StringComparison.Ordinal);
    }
}
