# Links a GPO to a domain root, OU or site (New-GPLink) or updates that link (Set-GPLink with only
# what differs). No other link on the target is touched, except that a new order shifts the others.
# Request: {"gpoId"|"gpoName","target","enabled","enforced","order"?,"server"?,"domain"?}.
# Result: {"found":true,"linkCount":n,"link":{...},"changed":bool}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-link-set/1'

# <include Domain.ps1>
# <include Links.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy', 'ActiveDirectory') {
    param($Request)
    $arguments = Get-GpArguments
    $gpo = Resolve-RequestGpo $Request $true
    $targetObject = Get-LinkTarget ([string]$Request.target)
    $dn = [string]$targetObject.DistinguishedName
    $state = Read-LinkState $gpo $targetObject
    $changed = $false
    if (-not $state.found) {
        $link = @{ Guid = $gpo.Id; Target = $dn; LinkEnabled = (ConvertTo-YesNo ([bool]$Request.enabled)); Enforced = (ConvertTo-YesNo ([bool]$Request.enforced)) }
        if ($null -ne $Request.order) {
            Assert-Order $Request.order ($state.linkCount + 1)
            $link['Order'] = [int]$Request.order
        }
        New-GPLink @link @arguments | Out-Null
        $changed = $true
    } else {
        $update = @{}
        if ($state.link.enabled -ne [bool]$Request.enabled) { $update['LinkEnabled'] = ConvertTo-YesNo ([bool]$Request.enabled) }
        if ($state.link.enforced -ne [bool]$Request.enforced) { $update['Enforced'] = ConvertTo-YesNo ([bool]$Request.enforced) }
        if ($null -ne $Request.order -and [int]$Request.order -ne $state.link.order) {
            Assert-Order $Request.order $state.linkCount
            $update['Order'] = [int]$Request.order
        }
        if ($update.Count -gt 0) {
            Set-GPLink -Guid $gpo.Id -Target $dn @update @arguments | Out-Null
            $changed = $true
        }
    }
    if ($changed) { $state = Read-LinkState $gpo (Get-LinkTarget $dn) }
    $state.changed = $changed
    return $state
}
