using System.Text.Json;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.Cmdlets;

/// <summary>
/// One pwsh run through Set-, Get- and Remove-GPRegistryValue on a new GPO. It copies User\Registry.pol after the
/// Set calls to <c>user-after-set.pol</c> in the data directory; the tests check the report and the files.
/// </summary>
public sealed class RegistryValueCommandsScenario : IAsyncLifetime
{
    public const string UserKey = @"HKCU\Software\Policies\Lab\Values";
    public const string SnapshotFile = "user-after-set.pol";

    private const string Script = """
        $ErrorActionPreference = 'Stop'
        Import-Module GroupPolicy
        # Setup talks to the lab DC itself: without -Server the cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $r = [ordered]@{}
        function Capture([scriptblock]$Block) {
            try { & $Block | Out-Null; return [ordered]@{ ok = $true } }
            catch { return [ordered]@{ id = $_.FullyQualifiedErrorId; message = $_.Exception.Message; category = "$($_.CategoryInfo.Category)"; exception = $_.Exception.GetType().FullName; paramName = $_.Exception.ParamName; isArgumentException = $_.Exception -is [System.ArgumentException] } }
        }
        function Describe($s) {
            [ordered]@{ keyPath = $s.KeyPath; fullKeyPath = $s.FullKeyPath; hive = "$($s.Hive)"; state = "$($s.PolicyState)"; type = "$($s.Type)"
                valueName = $s.ValueName; hasValue = $s.HasValue; valueType = $(if ($null -ne $s.Value) { $s.Value.GetType().FullName } else { $null })
                value = $(if ($s.Value -is [array]) { ,@($s.Value) } else { $s.Value }); typeName = $s.GetType().FullName }
        }
        function Versions($id) { $g = Get-GPO -Guid $id; [ordered]@{ user = $g.User.DSVersion; userSysvol = $g.User.SysvolVersion; computer = $g.Computer.DSVersion; computerSysvol = $g.Computer.SysvolVersion } }
        $uk = 'HKCU\Software\Policies\Lab\Values'
        $g = New-GPO -Name 'Registry'
        $r.id = "$($g.Id)"
        Set-GPRegistryValue -Guid $g.Id -Key $uk -ValueName Str -Type String -Value 'hello' | Out-Null
        Set-GPRegistryValue -Guid $g.Id -Key $uk -ValueName Exp -Type ExpandString -Value '%SystemRoot%\x' | Out-Null
        Set-GPRegistryValue -Guid $g.Id -Key $uk -ValueName Bin -Type Binary -Value ([byte[]](1, 2, 255)) | Out-Null
        Set-GPRegistryValue -Guid $g.Id -Key $uk -ValueName Dw -Type DWord -Value 7 | Out-Null
        Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName DwHigh -Type DWord -Value 0x80000000 | Out-Null
        Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Multi -Type MultiString -Value 'a', 'b', 'c' | Out-Null
        Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Qw -Type QWord -Value 0x100000000 | Out-Null
        $set = Set-GPRegistryValue -DisplayName 'Registry' -FullKeyPath 'HKEY_LOCAL_MACHINE\Software\Policies\Lab\Values' -ValueName AEPolicy -Type DWord -Value 7
        $r.setReturns = $set.GetType().FullName
        $r.versionsAfterSet = Versions $g.Id
        $pol = Join-Path $env:LAB_DATA_DIR ('sysvol/lab.test/Policies/{' + "$($g.Id)".ToUpperInvariant() + '}/User/Registry.pol')
        Copy-Item -LiteralPath $pol -Destination (Join-Path $env:LAB_DATA_DIR 'user-after-set.pol')
        $r.listing = @(Get-GPRegistryValue -Name 'Registry' -Key $uk | ForEach-Object { Describe $_ })
        $r.single = Describe (Get-GPRegistryValue -Name 'Registry' -Key $uk -ValueName dw)
        $r.machine = Describe (Get-GPRegistryValue -Guid $g.Id -Key 'HKLM\Software\Policies\Lab\Values' -ValueName AEPolicy)
        Set-GPRegistryValue -Guid $g.Id -Key $uk -ValueName Dw -Type DWord -Value 7 | Out-Null
        $r.versionsAfterSameSet = Versions $g.Id
        $r.absentValue = Capture { Get-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Nope }
        $r.absentKey = Capture { Get-GPRegistryValue -Name 'Registry' -Key 'HKCU\Software\Policies\Nothing' }
        $r.badKey = Capture { Get-GPRegistryValue -Name 'Registry' -Key 'HKCR\Software\Policies' }
        $r.missingGpo = Capture { Get-GPRegistryValue -Name 'No Such GPO' -Key $uk -ValueName Dw }
        $r.badDWord = Capture { Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName X -Type DWord -Value 'abc' }
        $r.noType = Capture { Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName X -Value 1 }
        $r.absentNonTerminating = $null -eq (Get-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Nope -ErrorAction SilentlyContinue)
        $r.versionsAfterFailures = Versions $g.Id
        $removed = Remove-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Str
        $r.removeReturns = $removed.GetType().FullName
        $r.namesAfterRemove = @(Get-GPRegistryValue -Name 'Registry' -Key $uk | ForEach-Object ValueName)
        $r.removeAbsent = Capture { Remove-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Str }
        $r.versionsAfterRemove = Versions $g.Id
        Set-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Dw -Disable | Out-Null
        $r.disabled = Describe (Get-GPRegistryValue -Name 'Registry' -Key $uk -ValueName Dw)
        Set-GPRegistryValue -Name 'Registry' -Key "$uk\Child" -ValueName C -Type String -Value 'c' | Out-Null
        $r.parentListing = @(Get-GPRegistryValue -Name 'Registry' -Key 'HKCU\Software\Policies\Lab' | ForEach-Object { Describe $_ })
        $r.removeKeyWithSubkeys = Capture { Remove-GPRegistryValue -Name 'Registry' -Key $uk }
        $r.namesAfterRefusedRemove = @(Get-GPRegistryValue -Name 'Registry' -Key $uk | Where-Object { $null -ne $_.ValueName } | ForEach-Object ValueName)
        $r.removeTwoNames = Capture { Remove-GPRegistryValue -Name 'Registry' -Key $uk -ValueName 'Exp', 'Bin' }
        $r.byPositionGuid = (Get-GPO $g.Id).DisplayName
        Remove-GPRegistryValue -Name 'Registry' -Key "$uk\Child" | Out-Null
        Remove-GPRegistryValue $g.Id -Key $uk | Out-Null
        $r.afterKeyRemove = Capture { Get-GPRegistryValue -Name 'Registry' -Key $uk }
        $r.versionsAtEnd = Versions $g.Id
        $r.otherGpoUntouched = Versions '31B2F340-016D-11D2-945F-00C04FB984F9'
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 8 -Compress
        """;

    private readonly TemporaryDataDirectory _directory = new();

    public string DataDirectory => _directory.Path;

    public JsonElement Result { get; private set; }

    public Guid GpoId => Guid.Parse(Result.GetProperty("id").GetString()!);

    public async Task InitializeAsync() =>
        Result = await PwshRunner.RunForResultAsync(DataDirectory, Script, CancellationToken.None);

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
