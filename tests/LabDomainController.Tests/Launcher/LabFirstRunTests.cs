using System.Net;
using System.Net.Sockets;
using LabDomainController.Hosting;

namespace LabDomainController.Tests.Launcher;

/// <summary>What a first-time user meets: --data relative to where they ran the command, usage, a busy port.</summary>
public sealed class LabFirstRunTests
{
    [Fact]
    public void Parse_RelativeData_IsResolvedAgainstTheShellsDirectory()
    {
        var shellDirectory = Directory.CreateTempSubdirectory("lab-pwd-").FullName;
        var previous = Environment.GetEnvironmentVariable("PWD");
        try
        {
            Environment.SetEnvironmentVariable("PWD", shellDirectory);

            var options = LabOptions.Parse(["--password", "pw", "--data", Path.Combine(".lab", "dc")]);

            Assert.Equal(Path.Combine(shellDirectory, ".lab", "dc"), options.DataDirectory);
            Assert.Equal(Path.Combine(shellDirectory, ".lab", "dc", "certificate.pem"), options.CertificatePath);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PWD", previous);
            Directory.Delete(shellDirectory, recursive: true);
        }
    }

    [Fact]
    public void IsHelp_HelpFlag_IsRecognisedAndUsageNamesTheRequiredOptions()
    {
        Assert.True(LabOptions.IsHelp(["--http-port", "0", "--help"]));
        Assert.False(LabOptions.IsHelp(["--password", "pw"]));
        Assert.Contains("--password PASSWORD", LabOptions.Usage, StringComparison.Ordinal);
        Assert.Contains("--data DIR", LabOptions.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void IsFree_PortWithAListener_IsNotFreeUntilTheListenerStops()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var whileListening = PortProbe.IsFree(port);
        listener.Stop();
        var afterStop = PortProbe.IsFree(port);

        Assert.False(whileListening);
        Assert.True(afterStop);
    }
}
