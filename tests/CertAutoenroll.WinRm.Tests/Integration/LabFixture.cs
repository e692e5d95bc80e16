using CertAutoenroll.WinRm.Connection;
using LabDomainController.Launcher;

namespace CertAutoenroll.WinRm.Tests.Integration;

/// <summary>One lab domain controller process per test class (contract 3), killed on dispose.</summary>
public class LabFixture : IAsyncLifetime
{
    private LabDomainControllerProcess? _lab;

    public LabDomainControllerProcess Lab => _lab ?? throw new InvalidOperationException("The lab is not started.");

    protected virtual LabDomainControllerOptions Options => new();

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _lab = await LabDomainControllerProcess.StartAsync(Options, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_lab is not null)
        {
            await _lab.DisposeAsync();
        }
    }

    public WinRmConnectionOptions Https(WinRmAuthentication authentication = WinRmAuthentication.Basic, string? password = null) => new()
    {
        Host = Lab.HttpsEndpoint.Host,
        Port = Lab.HttpsEndpoint.Port,
        Scheme = WinRmScheme.Https,
        Authentication = authentication,
        // Basic works only for a local account, as on Windows; the other methods log on with the domain account.
        UserName = authentication == WinRmAuthentication.Basic ? Lab.LocalUserName : Lab.UserName,
        Password = password ?? (authentication == WinRmAuthentication.Basic ? Lab.LocalPassword : Lab.Password),
        CaCertificate = Lab.CertificatePem,
        OperationTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
    };

    public WinRmConnectionOptions Http(WinRmAuthentication authentication = WinRmAuthentication.Ntlm, string? password = null) => new()
    {
        Host = Lab.HttpEndpoint.Host,
        Port = Lab.HttpEndpoint.Port,
        Scheme = WinRmScheme.Http,
        Authentication = authentication,
        UserName = Lab.UserName,
        Password = password ?? Lab.Password,
        OperationTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
    };

    public async Task<long> ShellsOpenAsync() => (await Lab.GetCountersAsync(CancellationToken.None)).ShellsOpen;
}

/// <summary>A lab whose powershell.exe takes seconds to start, so Receive first meets OperationTimeout faults.</summary>
public sealed class SlowStartLabFixture : LabFixture
{
    protected override LabDomainControllerOptions Options => new() { PowerShellStartMs = 3500 };
}
