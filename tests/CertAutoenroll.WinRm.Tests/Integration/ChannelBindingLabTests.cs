using CertAutoenroll.WinRm.Connection;
using LabDomainController.Launcher;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>A lab whose WinRM service has CbtHardeningLevel=Strict: NTLM/Negotiate over https needs the channel binding.</summary>
public sealed class StrictCbtLabFixture : LabFixture
{
    protected override LabDomainControllerOptions Options => new() { CbtHardening = "Strict" };
}

/// <summary>The client binds its NTLM login to the TLS channel (tls-server-end-point), so a Strict listener accepts it.</summary>
public sealed class ChannelBindingLabTests(StrictCbtLabFixture fixture) : IClassFixture<StrictCbtLabFixture>
{
    [Theory]
    [InlineData(WinRmAuthentication.Ntlm)]
    [InlineData(WinRmAuthentication.Negotiate)]
    public async Task RunPowerShellAsync_StrictListenerOverHttps_Succeeds(WinRmAuthentication auth)
    {
        var failuresBefore = (await fixture.Lab.GetCountersAsync(CancellationToken.None)).AuthFailures;
        using var client = new WinRmClient(fixture.Https(auth));

        var result = await client.RunPowerShellAsync("Write-Output 'bound'", null, CancellationToken.None);

        Assert.Equal("bound", result.Stdout.Trim());
        Assert.Equal(failuresBefore, (await fixture.Lab.GetCountersAsync(CancellationToken.None)).AuthFailures);
    }

    [Fact]
    public async Task RunPowerShellAsync_StrictListenerOverHttpSealed_Succeeds()
    {
        using var client = new WinRmClient(fixture.Http(WinRmAuthentication.Ntlm));

        var result = await client.RunPowerShellAsync("Write-Output 'sealed'", null, CancellationToken.None);

        Assert.Equal("sealed", result.Stdout.Trim());
    }
}
