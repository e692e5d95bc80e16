using System.Text.Json;
using LabDomainController.Tests.GroupPolicyModule.Support;

namespace LabDomainController.Tests.GroupPolicyModule.ActiveDirectory;

/// <summary>
/// One pwsh run over the lab ActiveDirectory cmdlets and the link cmdlets (Get-ADObject … nTSecurityDescriptor,
/// Get-ADUser/Group/Computer, Get-ADDomain, Set-ADObject, New/Set/Remove-GPLink, Get-GPInheritance, Rename-GPO);
/// the tests of <see cref="DirectoryCommandsTests"/> each check one part of the report.
/// </summary>
public sealed class DirectoryCommandsScenario : IAsyncLifetime
{
    private const string Script = """
        $ErrorActionPreference = 'Stop'
        Import-Module ActiveDirectory
        Import-Module GroupPolicy
        # The lab DC itself: without -Server the GroupPolicy cmdlets would go to the PDC emulator (a second hop).
        $PSDefaultParameterValues = @{ '*-GP*:Server' = $env:COMPUTERNAME }
        $r = [ordered]@{}
        function Capture([scriptblock]$Block) {
            try { & $Block | Out-Null; return [ordered]@{ ok = $true } }
            catch { return [ordered]@{ id = $_.FullyQualifiedErrorId; category = "$($_.CategoryInfo.Category)"; exception = $_.Exception.GetType().FullName; baseException = $_.Exception.GetType().BaseType.FullName; inner = "$(if ($_.Exception.InnerException) { $_.Exception.InnerException.GetType().FullName })" } }
        }
        $dn = 'CN=User,CN=Certificate Templates,CN=Public Key Services,CN=Services,CN=Configuration,DC=lab,DC=test'
        $t = Get-ADObject -Identity $dn -Properties nTSecurityDescriptor
        $sd = $t.nTSecurityDescriptor
        $r.template = [ordered]@{ class = $t.ObjectClass; typeNames = @($t.PSObject.TypeNames); dacl = $sd.GetSecurityDescriptorSddlForm('Access'); owner = $sd.Owner
            rules = @($sd.Access | ForEach-Object { [ordered]@{ identity = "$($_.IdentityReference)"; rights = "$($_.ActiveDirectoryRights)"; objectType = "$($_.ObjectType)"; type = "$($_.AccessControlType)" } }) }
        $r.withoutProperties = ($null -eq (Get-ADObject -Identity $dn).nTSecurityDescriptor)
        $r.missingObject = Capture { Get-ADObject -Identity 'CN=Nope,DC=lab,DC=test' }
        $r.missingObjectIsTerminating = $true
        try { Get-ADObject -Identity 'CN=Nope,DC=lab,DC=test' -ErrorAction SilentlyContinue | Out-Null; $r.missingObjectIsTerminating = $false } catch { }
        $r.badSddl = Capture { $sd.SetSecurityDescriptorSddlForm('D:(A;;ZZ;;;DU)', 'Access') }
        $sd.SetSecurityDescriptorSddlForm($sd.GetSecurityDescriptorSddlForm('Access') + '(A;;RPLCLORC;;;S-1-5-21-3623811015-3361044348-30300820-1103)', 'Access')
        Set-ADObject -Identity $dn -Replace @{ nTSecurityDescriptor = $sd }
        $r.written = (Get-ADObject -Identity $dn -Properties nTSecurityDescriptor).nTSecurityDescriptor.GetSecurityDescriptorSddlForm('Access')
        $r.setUnknown = Capture { Set-ADObject -Identity $dn -Replace @{ nTSecurityDescriptor = 'D:(A;;GA;;;WD)' } }
        $r.users = [ordered]@{
            bySam = "$((Get-ADUser -Identity 'Administrator').SID.Value)"
            bySid = (Get-ADUser -Identity 'S-1-5-21-3623811015-3361044348-30300820-1103').SamAccountName
            byUpn = @(Get-ADUser -LDAPFilter '(userPrincipalName=alice@lab.test)').Count
            groupSid = "$((Get-ADGroup -Identity 'Domain Users').SID)"
            enterpriseAdmins = "$((Get-ADGroup -Identity 'Enterprise Admins').SID.Value)"
            domainAdmins = (Get-ADGroup -Identity 'S-1-5-21-3623811015-3361044348-30300820-512').Name
            domainComputers = "$((Get-ADGroup 'Domain Computers').SID.Value)"
            computer = (Get-ADComputer -Identity 'WS01').DistinguishedName
            computerDollar = (Get-ADComputer -Identity 'WS01$').DNSHostName
            groupIsNoUser = Capture { Get-ADUser -Identity 'Domain Users' }
        }
        $d = Get-ADDomain
        $r.domain = [ordered]@{ sid = $d.DomainSID.Value; netbios = $d.NetBIOSName; dns = $d.DNSRoot; pdc = $d.PDCEmulator }
        $r.rootDse = (Get-ADRootDSE).configurationNamingContext
        $r.otherServer = Capture { Get-ADUser -Identity 'Administrator' -Server 'dc9.other.test' }
        $r.ou = (Get-ADOrganizationalUnit -Identity 'OU=Staff,DC=lab,DC=test').Name
        $a = New-GPO -Name 'Link A'
        $b = New-GPO -Name 'Link B'
        New-GPLink -Guid $a.Id -Target 'OU=Staff,DC=lab,DC=test' | Out-Null
        New-GPLink -Guid $b.Id -Target 'OU=Staff,DC=lab,DC=test' -Order 1 -Enforced Yes | Out-Null
        $r.gpLinkAfterTwo = (Get-ADObject -Identity 'OU=Staff,DC=lab,DC=test' -Properties gPLink).gPLink
        $som = Get-GPInheritance -Target 'OU=Staff,DC=lab,DC=test'
        $r.som = [ordered]@{ name = $som.Name; type = $som.ContainerType; blocked = $som.GpoInheritanceBlocked
            links = @($som.GpoLinks | ForEach-Object { [ordered]@{ name = $_.DisplayName; order = $_.Order; enforced = $_.Enforced; target = $_.Target } })
            inherited = @($som.InheritedGpoLinks | ForEach-Object DisplayName) }
        $set = Set-GPLink -Guid $a.Id -Target 'OU=Staff,DC=lab,DC=test' -LinkEnabled No -Order 1
        $r.setLink = [ordered]@{ order = $set.Order; enabled = $set.Enabled; enforced = $set.Enforced; bOrder = (@((Get-GPInheritance 'OU=Staff,DC=lab,DC=test').GpoLinks) | Where-Object { $_.GpoId -eq $b.Id }).Order }
        $r.setBadOrder = Capture { Set-GPLink -Guid $a.Id -Target 'OU=Staff,DC=lab,DC=test' -Order 3 }
        $r.setUnlinked = Capture { Set-GPLink -Guid $a.Id -Target 'OU=Workstations,DC=lab,DC=test' -Enforced Yes }
        Remove-GPLink -Guid $a.Id -Target 'OU=Staff,DC=lab,DC=test'
        $r.afterRemove = @((Get-GPInheritance -Target 'OU=Staff,DC=lab,DC=test').GpoLinks | ForEach-Object DisplayName)
        $r.removeUnlinked = Capture { Remove-GPLink -Guid $a.Id -Target 'OU=Staff,DC=lab,DC=test' }
        $r.siteInheritance = Capture { Get-GPInheritance -Target 'CN=Default-First-Site-Name,CN=Sites,CN=Configuration,DC=lab,DC=test' }
        $r.linkToMissingOu = Capture { New-GPLink -Guid $a.Id -Target 'OU=Nowhere,DC=lab,DC=test' }
        $r.rootLinks = @((Get-GPInheritance -Target 'DC=lab,DC=test').GpoLinks | ForEach-Object DisplayName)
        $renamed = Rename-GPO -Guid $b.Id -TargetName 'Link B renamed'
        $r.renamed = [ordered]@{ name = $renamed.DisplayName; sameId = ($renamed.Id -eq $b.Id); clash = (Capture { Rename-GPO -Name 'Link B renamed' -TargetName 'Default Domain Policy' }).id }
        $b.GpoStatus = 'AllSettingsDisabled'
        $b.Description = 'set through the object'
        $again = Get-GPO -Guid $b.Id
        $r.settable = [ordered]@{ status = "$($again.GpoStatus)"; description = $again.Description }
        Remove-GPO -Guid $b.Id
        $r.linksAfterRemoveGpo = @((Get-GPInheritance -Target 'OU=Staff,DC=lab,DC=test').GpoLinks).Count
        Write-Output '##LAB-RESULT##'
        $r | ConvertTo-Json -Depth 6 -Compress
        """;

    private readonly TemporaryDataDirectory _directory = new();

    public string DataDirectory => _directory.Path;

    public JsonElement Result { get; private set; }

    public async Task InitializeAsync() =>
        Result = await PwshRunner.RunForResultAsync(DataDirectory, Script, CancellationToken.None);

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
