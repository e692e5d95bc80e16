using LabDomainController.Shells;

namespace LabDomainController.Tests.WsMan;

public sealed class PowerShellArgumentsTests
{
    [Fact]
    public void ToPwsh_WindowsBootstrapLine_KeepsPwshSwitchesAndDropsWindowsOnlyOnes()
    {
        var tokens = CommandLineTokenizer.Split("-NoProfile -NonInteractive -ExecutionPolicy Bypass -enc QQBCAA==");

        var pwsh = PowerShellArguments.ToPwsh(tokens);

        Assert.Equal(["-NoProfile", "-NonInteractive", "-EncodedCommand", "QQBCAA=="], pwsh);
    }

    [Fact]
    public void ToPwsh_CommandDash_ReadsScriptFromStdin()
    {
        var pwsh = PowerShellArguments.ToPwsh(["-NoProfile", "-InputFormat", "Text", "-OutputFormat", "Text", "-Command", "-"]);

        Assert.Equal(["-NoProfile", "-InputFormat", "Text", "-OutputFormat", "Text", "-Command", "-"], pwsh);
    }

    [Fact]
    public void Split_QuotedArgument_KeepsSpacesAndEscapedQuotes()
    {
        var tokens = CommandLineTokenizer.Split("powershell -Command \"Write-Output \\\"a b\\\"\"");

        Assert.Equal(["powershell", "-Command", "Write-Output \"a b\""], tokens);
    }

    [Theory]
    [InlineData("powershell", true)]
    [InlineData("PowerShell.exe", true)]
    [InlineData(@"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe", true)]
    [InlineData("cmd", false)]
    public void IsPowerShell_ProgramName_RecognisesPowerShell(string program, bool expected)
    {
        Assert.Equal(expected, PowerShellArguments.IsPowerShell(program));
    }
}
