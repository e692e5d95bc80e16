using System.Text.Json;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;
using LabDomainController.GroupPolicyModule.Topology;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>
/// Two pwsh runs over one lab domain: the administrator creates GPOs and reads and sets their permissions, then the
/// standard account <see cref="Reader"/> tries every GPO write on a GPO it may only read and on one it was granted
/// GpoEdit. The tests of <see cref="GpoPermissionCommandsTests"/> each check one part of the two reports.
/// </summary>
public sealed class GpoPermissionCommandsScenario : IAsyncLifetime
{
    public const string Reader = "reader";

    private const string Capture = """
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $r = [ordered]@{}
        function Capture([scriptblock]$Block) {
            try { & $Block | Out-Null; return [ordered]@{ ok = $true } }
            catch {
                $inner = $_.Exception; while ($null -ne $inner.InnerException) { $inner = $inner.InnerException }
                return [ordered]@{ id = $_.FullyQualifiedErrorId; category = "$($_.CategoryInfo.Category)"; exception = $_.Exception.GetType().FullName
                    innermost = $inner.GetType().FullName; hresult = $inner.HResult }
            }
        }
        function Shape($Permission) {
            [ordered]@{ name = $Permission.Trustee.Name; domain = $Permission.Trustee.Domain; sid = $Permission.Trustee.Sid.Value
                sidType = "$($Permission.Trustee.SidType)"; permission = "$($Permission.Permission)"; denied = $Permission.Denied
                inherited = $Permission.Inherited; typeName = $Permission.GetType().FullName; trusteeType = $Permission.Trustee.GetType().FullName }
        }

        """;

    private const string AdminScript = Capture + """
        $new = New-GPO -Name 'Perm'
        $r.all = @(Get-GPPermission -Name 'Perm' -All | ForEach-Object { Shape $_ })
        $r.byGuidTarget = @(Get-GPPermission -Guid $new.Id -TargetName 'LAB\Domain Admins' -TargetType Group | ForEach-Object { Shape $_ })
        $r.byPipeline = @($new | Get-GPPermission -All).Count
        $r.alias = (Get-Command Get-GPPermissions).ResolvedCommandName
        $r.defaultDomainPolicy = @(Get-GPPermission -Guid '31B2F340-016D-11D2-945F-00C04FB984F9' -All | ForEach-Object { "$($_.Trustee.Name)=$($_.Permission)" })
        $r.noPermission = Capture { Get-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User }
        $gone = Get-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User -ErrorAction SilentlyContinue -ErrorVariable noPermissionErrors
        $r.noPermissionNonTerminating = [ordered]@{ nothing = ($null -eq $gone); errors = $noPermissionErrors.Count }
        $r.unknownTrustee = Capture { Get-GPPermission -Name 'Perm' -TargetName 'nobody-here' -TargetType User }
        $r.wrongType = Capture { Get-GPPermission -Name 'Perm' -TargetName 'Domain Admins' -TargetType User }
        $r.missingName = Capture { Get-GPPermission -Name 'No Such GPO' -All }
        $r.missingGuid = Capture { Get-GPPermission -Guid '0badc0de-2222-4222-8222-000000000000' -All }
        Set-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User -PermissionLevel GpoEdit | Out-Null
        $r.granted = @(Get-GPPermission -Name 'Perm' -TargetName 'LAB\READER_NAME' -TargetType User | ForEach-Object { Shape $_ })
        Set-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User -PermissionLevel GpoRead | Out-Null
        $r.lowerWithoutReplace = "$((Get-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User).Permission)"
        Set-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User -PermissionLevel GpoRead -Replace | Out-Null
        $r.lowerWithReplace = "$((Get-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User).Permission)"
        Set-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User -PermissionLevel None -Replace | Out-Null
        $r.removed = Capture { Get-GPPermission -Name 'Perm' -TargetName 'READER_NAME' -TargetType User }
        Set-GPPermission -Name 'Perm' -TargetName 'Authenticated Users' -TargetType Group -PermissionLevel GpoEdit | Out-Null
        $r.applyAndEdit = @(Get-GPPermission -Name 'Perm' -TargetName 'Authenticated Users' -TargetType Group | ForEach-Object { "$($_.Permission)" })
        New-GPO -Name 'Locked' | Out-Null
        New-GPO -Name 'Granted' | Out-Null
        Set-GPPermission -Name 'Granted' -TargetName 'READER_NAME' -TargetType User -PermissionLevel GpoEdit | Out-Null
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 6 -Compress
        """;

    private const string ReaderScript = Capture + """
        $r.username = $env:USERNAME
        $r.readLocked = (Get-GPO -Name 'Locked').DisplayName
        $r.permissionsOfLocked = @(Get-GPPermission -Name 'Locked' -All).Count
        $r.tokenGroups = @((Get-ADUser -Identity $env:USERNAME -Properties tokenGroups).tokenGroups | ForEach-Object { $_.Value })
        $r.setValue = Capture { Set-GPRegistryValue -Name 'Locked' -Key 'HKCU\Software\Policies\Lab' -ValueName 'A' -Type DWord -Value 1 }
        $env:LAB_LOGON_USER = 'Administrator'
        $r.setValueAfterEnvChange = Capture { Set-GPRegistryValue -Name 'Locked' -Key 'HKCU\Software\Policies\Lab' -ValueName 'A' -Type DWord -Value 1 }
        $r.setValueGranted = Capture { Set-GPRegistryValue -Name 'Granted' -Key 'HKCU\Software\Policies\Lab' -ValueName 'A' -Type DWord -Value 1 }
        $r.removeValueGranted = Capture { Remove-GPRegistryValue -Name 'Granted' -Key 'HKCU\Software\Policies\Lab' -ValueName 'A' }
        $r.rename = Capture { Rename-GPO -Name 'Locked' -TargetName 'Renamed' }
        $r.description = Capture { (Get-GPO -Name 'Locked').Description = 'changed' }
        $r.removeGranted = Capture { Remove-GPO -Name 'Granted' }
        $r.newGpo = Capture { New-GPO -Name 'By reader' }
        $r.link = Capture { New-GPLink -Name 'Granted' -Target 'OU=Workstations,DC=lab,DC=test' }
        $r.setPermission = Capture { Set-GPPermission -Name 'Granted' -TargetName 'Domain Users' -TargetType Group -PermissionLevel GpoEdit }
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 6 -Compress
        """;

    private readonly TemporaryDataDirectory _directory = new();

    public string DataDirectory => _directory.Path;

    public JsonElement Admin { get; private set; }

    public JsonElement Standard { get; private set; }

    public async Task InitializeAsync()
    {
        LabAccounts.Ensure(DataDirectory, Reader, administrator: false);
        Admin = await PwshRunner.RunForResultAsync(DataDirectory, AdminScript.Replace("READER_NAME", Reader, StringComparison.Ordinal), CancellationToken.None);
        Standard = await PwshRunner.RunForResultAsync(DataDirectory, ReaderScript, CancellationToken.None, new LabTopology { LogonUser = Reader });
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
