using CertAutoenroll.Provider.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Launcher;

namespace CertAutoenroll.Provider.Tests.Lab;

/// <summary>One lab domain controller (WinRM on loopback, GPOs in a temp SYSVOL) shared by a test class.</summary>
public sealed class LabProviderFixture : IAsyncLifetime
{
    public const string PolicyKey = @"Software\Policies\Microsoft\Cryptography\AutoEnrollment";

    /// <summary>The lab DC's own name, for hand edits that name it as <c>-Server</c> (as an admin on another machine would).</summary>
    public const string DcFqdn = "dc01.lab.test";

    private LabDomainControllerProcess? _lab;

    public LabDomainControllerProcess Lab => _lab ?? throw new InvalidOperationException("the lab DC has not started");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _lab = await LabDomainControllerProcess.StartAsync(new LabDomainControllerOptions(), timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_lab is not null)
        {
            await _lab.DisposeAsync();
        }
    }

    /// <summary>Provider config for the lab: NTLM over http (sealed), string-typed values as stack config sends them.</summary>
    internal Struct Config(string? password = null, string? userName = null) => Structs.Of(
        ("host", "127.0.0.1"),
        ("port", Lab.HttpEndpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("scheme", "http"),
        ("auth", "ntlm"),
        ("username", userName ?? Lab.UserName),
        ("password", Structs.Secret(password ?? Lab.Password)),
        ("operationTimeoutSeconds", "60"));

    internal async Task<ProviderSession> StartProviderAsync()
    {
        var session = await ProviderSession.StartAsync();
        await session.ConfigureAsync(Config());
        return session;
    }

    /// <summary>A new, empty GPO with a unique display name.</summary>
    internal Guid CreateGpo(string displayName) =>
        LabSysvol.CreateGpo(Lab.DataDirectory, Guid.NewGuid(), displayName).Id;

    /// <summary>The value as the GPO's Registry.pol holds it, or null when absent.</summary>
    internal object? RegistryValue(Guid gpo, GpoSection section, string key, string valueName) =>
        LabSysvol.ReadRegistryPol(Lab.DataDirectory, gpo, section)
            .LastOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.ValueName, valueName, StringComparison.OrdinalIgnoreCase))
            ?.DecodeData();

    /// <summary>Runs a script in pwsh with the lab DC's GroupPolicy module, as an admin editing by hand.</summary>
    internal async Task RunPowerShellAsync(string script)
    {
        var startInfo = LabPowerShell.CreateStartInfo(
            Lab.DataDirectory, ["-NoProfile", "-NonInteractive", "-Command", "$ErrorActionPreference = 'Stop'; Import-Module GroupPolicy; $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }; " + script]);
        using var process = System.Diagnostics.Process.Start(startInfo)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pwsh failed ({process.ExitCode}): {await stderr}\n{await stdout}");
    }
}
