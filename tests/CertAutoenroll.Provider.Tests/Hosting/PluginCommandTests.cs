using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using CertAutoenroll.Provider.Tests.Infrastructure;

namespace CertAutoenroll.Provider.Tests.Hosting;

public sealed class PluginCommandTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private static string Version =>
        typeof(PluginCommandTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    [Fact]
    public async Task Run_Version_PrintsTheVersionAndExits()
    {
        var (exitCode, stdout, _) = await RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Equal(Version + "\n", stdout);
    }

    [Fact]
    public async Task Run_Help_PrintsUsageAndExits()
    {
        var (exitCode, stdout, _) = await RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("doctor", stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"^[0-9]+\n"), stdout);
    }

    [Fact]
    public async Task Run_NotAnEngineAddress_ExitsWithUsageErrorOnStderr()
    {
        var (exitCode, stdout, stderr) = await RunAsync("not-an-engine");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("'not-an-engine' is not an engine address", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EngineAddressNobodyListensOn_ExitsBeforeThePortLine()
    {
        var (exitCode, stdout, stderr) = await RunAsync("127.0.0.1:" + ClosedPort());

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("cannot be reached", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_PasswordFlag_IsRefusedWithoutEchoingIt()
    {
        var (exitCode, _, stderr) = await RunAsync("doctor", "--host", "127.0.0.1", "--password", "Secret-123");

        Assert.Equal(2, exitCode);
        Assert.Contains("CERTAUTOENROLL_PASSWORD", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-123", stderr, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(ProviderProcess.DllPath);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the plugin did not exit within {ExitTimeout} for: {string.Join(' ', args)}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
