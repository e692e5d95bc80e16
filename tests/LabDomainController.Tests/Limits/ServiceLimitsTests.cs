using LabDomainController.Hosting;
using LabDomainController.Limits;
using LabDomainController.Tests.WsMan;
using LabDomainController.WsMan;

namespace LabDomainController.Tests.Limits;

public sealed class ServiceLimitsTests
{
    [Fact]
    public void Defaults_NoLimitOptions_AreWindowsDefaults()
    {
        var options = Parse();
        var limits = new ServiceLimits(options);

        Assert.Equal(500 * 1024, limits.MaxRequestBytes);
        Assert.Equal(TimeSpan.FromMilliseconds(60_000), limits.MaxTimeout);
        Assert.Equal(TimeSpan.FromHours(2), limits.ShellIdleTimeout);
        Assert.Equal(25, limits.MaxProcessesPerShell);
        Assert.Equal(30, options.MaxShells);
    }

    [Theory]
    [InlineData("PT300S", 60)]
    [InlineData("PT20S", 20)]
    public void OperationTimeout_ClientValue_IsCutToMaxTimeoutms(string asked, int expectedSeconds)
    {
        var limits = new ServiceLimits(Parse());

        var timeout = limits.OperationTimeout(WsManRequest.Parse(TestEnvelopes.Receive("S", "C", asked)));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), timeout);
    }

    [Fact]
    public void ReplyEnvelopeBytes_ClientAsksMoreThanMaxEnvelopeSizekb_IsCutToTheService()
    {
        var limits = new ServiceLimits(Parse("--max-envelope-kb", "150"));

        var bytes = limits.ReplyEnvelopeBytes(WsManRequest.Parse(TestEnvelopes.Receive("S", "C", maxEnvelopeSize: 1_000_000)));

        Assert.Equal(150 * 1024, bytes);
    }

    [Fact]
    public void ShellIdleTimeoutFor_ClientAsksLongerThanTheService_IsTheServices()
    {
        var limits = new ServiceLimits(Parse("--shell-idle-seconds", "60"));

        Assert.Equal(TimeSpan.FromSeconds(60), limits.ShellIdleTimeoutFor(TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromSeconds(30), limits.ShellIdleTimeoutFor(TimeSpan.FromSeconds(30)));
    }

    private static LabOptions Parse(params string[] extra) =>
        LabOptions.Parse(["--password", "unused", "--data", Path.GetTempPath(), .. extra]);
}
