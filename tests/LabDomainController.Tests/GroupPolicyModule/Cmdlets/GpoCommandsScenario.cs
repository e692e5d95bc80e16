using System.Text.Json;
using LabDomainController.GroupPolicyModule.Sysvol;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>
/// One pwsh run that exercises Get-GPO, New-GPO, Remove-GPO and New-GPLink and reports what it saw;
/// the tests of <see cref="GpoCommandsTests"/> each check one part of the report.
/// </summary>
public sealed class GpoCommandsScenario : IAsyncLifetime
{
    public static readonly Guid TwinA = Guid.Parse("0a0a0a0a-1111-4111-8111-000000000001");
    public static readonly Guid TwinB = Guid.Parse("0a0a0a0a-1111-4111-8111-000000000002");
    public static readonly Guid Missing = Guid.Parse("0badc0de-2222-4222-8222-000000000000");

    public const string HostileName = "q'\"$(Get-Date);`whoami` ünï ✓ & | > x";

    private const string Script = """
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $r = [ordered]@{}
        function Capture([scriptblock]$Block) {
            try { & $Block | Out-Null; return [ordered]@{ ok = $true } }
            catch { return [ordered]@{ id = $_.FullyQualifiedErrorId; message = $_.Exception.Message; category = "$($_.CategoryInfo.Category)"; exception = $_.Exception.GetType().FullName; hresult = $_.Exception.HResult } }
        }
        $r.module = (Get-Module GroupPolicy).Path
        $new = New-GPO -Name 'Alpha' -Comment 'first'
        $r.newGpo = [ordered]@{ name = $new.DisplayName; id = "$($new.Id)"; domain = $new.DomainName; owner = $new.Owner; description = $new.Description
            status = "$($new.GpoStatus)"; user = "$($new.User)"; computer = "$($new.Computer)"; typeName = $new.GetType().FullName
            path = $new.Path; created = ($new.CreationTime -is [datetime]) }
        $r.byName = "$((Get-GPO -Name 'alpha').Id)"
        $r.byDisplayNameAlias = "$((Get-GPO -DisplayName 'Alpha').Id)"
        $r.byPosition = "$((Get-GPO 'Alpha').Id)"
        $r.byGuid = (Get-GPO -Guid $new.Id).DisplayName
        $r.byIdAliasBraced = (Get-GPO -Id "{$($new.Id)}").DisplayName
        $r.byPipeline = ($new | Get-GPO).DisplayName
        $r.defaultDomainPolicy = (Get-GPO -Guid '31B2F340-016D-11D2-945F-00C04FB984F9').DisplayName
        $r.defaultControllersPolicy = (Get-GPO -Name 'Default Domain Controllers Policy').Id.ToString()
        $r.all = @(Get-GPO -All | ForEach-Object DisplayName)
        $r.missingName = Capture { Get-GPO -Name 'No Such GPO' }
        $r.missingGuid = Capture { Get-GPO -Guid '0badc0de-2222-4222-8222-000000000000' }
        $r.ambiguous = Capture { Get-GPO -Name 'Twin' }
        $r.twinByGuid = (Get-GPO -Guid '0a0a0a0a-1111-4111-8111-000000000002').DisplayName
        $r.otherDomain = Capture { Get-GPO -Name 'Alpha' -Domain 'other.test' }
        $r.explicitDomain = (Get-GPO -Name 'Alpha' -Domain 'LAB.TEST' -Server 'dc01.lab.test').DisplayName
        $r.byNetBiosServer = (Get-GPO -Name 'Alpha' -Server 'DC01').DisplayName
        $r.otherServer = Capture { Get-GPO -Name 'Alpha' -Server 'dc2.lab.test' }
        $r.noServer = Capture { $PSDefaultParameterValues = @{}; Get-GPO -Name 'Alpha' }
        $r.noServerWrite = Capture { $PSDefaultParameterValues = @{}; New-GPO -Name 'Never created' }
        $r.neverCreated = @(Get-GPO -All | Where-Object DisplayName -eq 'Never created').Count
        $r.environment = [ordered]@{ computerName = $env:COMPUTERNAME; userDnsDomain = $env:USERDNSDOMAIN; userDomain = $env:USERDOMAIN }
        $gone = Get-GPO -Name 'No Such GPO' -ErrorAction SilentlyContinue -ErrorVariable notFound
        $r.nonTerminating = [ordered]@{ nothingReturned = ($null -eq $gone); errors = $notFound.Count }
        $r.domainIsTerminating = $true
        try { Get-GPO -Name 'Alpha' -Domain 'other.test' -ErrorAction SilentlyContinue | Out-Null; $r.domainIsTerminating = $false } catch { }
        $r.duplicateNew = Capture { New-GPO -Name 'ALPHA' }
        $link = New-GPLink -Name 'Alpha' -Target 'OU=Workstations,DC=lab,DC=test' -LinkEnabled Yes -Enforced Yes
        $r.link = [ordered]@{ gpoId = "$($link.GpoId)"; name = $link.DisplayName; target = $link.Target; enabled = $link.Enabled; enforced = $link.Enforced; order = $link.Order }
        $r.secondLinkOrder = (New-GPLink -Guid '31B2F340-016D-11D2-945F-00C04FB984F9' -Target 'OU=Workstations,DC=lab,DC=test').Order
        $r.linkOutsideDomain = Capture { New-GPLink -Name 'Alpha' -Target 'OU=X,DC=other,DC=test' }
        $r.linkTwice = Capture { New-GPLink -Name 'Alpha' -Target 'ou=workstations,dc=lab,dc=test' }
        $doomed = New-GPO -Name 'Doomed'
        Remove-GPO -Name 'Doomed'
        $r.removedIsGone = Capture { Get-GPO -Guid $doomed.Id }
        $r.removeMissing = Capture { Remove-GPO -Name 'Doomed' }
        $hostile = 'HOSTILE_NAME_LITERAL'
        $h = New-GPO -Name $hostile
        $r.hostile = [ordered]@{ created = $h.DisplayName; byName = "$((Get-GPO -Name $hostile).Id)"; id = "$($h.Id)" }
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 6 -Compress
        """;

    private readonly TemporaryDataDirectory _directory = new();

    public string DataDirectory => _directory.Path;

    public JsonElement Result { get; private set; }

    public async Task InitializeAsync()
    {
        LabSysvol.CreateGpo(DataDirectory, TwinA, "Twin");
        LabSysvol.CreateGpo(DataDirectory, TwinB, "Twin");
        // A single-quoted PowerShell literal: doubling the quote is its only escape (the name has no typographic quotes).
        var script = Script.Replace("HOSTILE_NAME_LITERAL", HostileName.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal);
        Result = await PwshRunner.RunForResultAsync(DataDirectory, script, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
