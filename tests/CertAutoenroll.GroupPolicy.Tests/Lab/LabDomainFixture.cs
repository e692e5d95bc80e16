using System.Text;
using CertAutoenroll.GroupPolicy.Operations;
using LabDomainController.GroupPolicyModule.Hosting;
using LabDomainController.GroupPolicyModule.Sysvol;

namespace CertAutoenroll.GroupPolicy.Tests.Lab;

/// <summary>A fresh lab domain and one persistent pwsh for a test class; both gone on dispose.</summary>
public sealed class LabDomainFixture : IAsyncLifetime
{
    private const string NewGpoScript = """
        param([string]$NameBase64)
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $name = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($NameBase64))
        Write-Output ('ID=' + (New-GPO -Name $name).Id.ToString())
        """;

    private const string SetValueScript = """
        param([string]$RequestBase64)
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $r = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($RequestBase64)) | ConvertFrom-Json
        switch ($r.type) {
            'DWord' { $v = [long]$r.value; if ($v -gt [int]::MaxValue) { $v -= 4294967296 }; $value = [int]$v }
            'QWord' { $value = [long]$r.value }
            'MultiString' { $value = [string[]]@($r.value) }
            'Binary' { $value = [byte[]]@($r.value) }
            default { $value = [string]$r.value }
        }
        Set-GPRegistryValue -Guid $r.id -Key $r.key -ValueName $r.name -Type $r.type -Value $value | Out-Null
        Write-Output 'DONE'
        """;

    private LabPwshSession? _session;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("gp-lab-").FullName;

    internal LabPwshSession Session => _session ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <param name="server">The provider's <c>server</c> setting; null = the connected DC's own name.</param>
    public AutoenrollmentPolicyClient CreateClient(string? server = null) => new(Session, server: server);

    public Task InitializeAsync()
    {
        LabPowerShell.EnsureDomain(DataDirectory);
        _session = LabPwshSession.Start(DataDirectory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>Creates a GPO through the lab module's New-GPO; the name travels as data.</summary>
    public async Task<Guid> NewGpoAsync(string name)
    {
        var result = await Session.InvokeAsync(NewGpoScript, Base64(name), CancellationToken.None);
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith("ID=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"New-GPO failed: {result.Errors}");
        return Guid.Parse(line[3..]);
    }

    /// <summary>Sets a value the policy does not own, with the lab module's Set-GPRegistryValue.</summary>
    public async Task SetValueAsync(Guid id, string key, string name, string type, object value)
    {
        var request = System.Text.Json.JsonSerializer.Serialize(new { id = id.ToString(), key, name, type, value });
        var result = await Session.InvokeAsync(SetValueScript, Base64(request), CancellationToken.None);
        if (!result.Output.Contains("DONE", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Set-GPRegistryValue failed: {result.Errors}");
        }
    }

    public LabGpo Gpo(Guid id) => LabSysvol.GetGpo(DataDirectory, id);

    public IReadOnlyList<LabGpo> AllGpos() => LabSysvol.ListGpos(DataDirectory);

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
