# Whether the connected account may edit one GPO's settings; reads only.
# The account's token: its SID and tokenGroups (its groups, transitively, with the primary group) from
# Get-ADUser, plus the SIDs every network logon carries (Everyone, Authenticated Users, NETWORK). The GPO's
# permissions: Get-GPPermission -All (GPMC's levels). Edit is allowed when a level of GpoEdit or
# GpoEditDeleteModifySecurity is granted to a SID of the token and no deny entry (other than a denied Apply)
# names one; only GpoCustom entries leave it undecided.
# Request: {"gpoId"|"gpoName","server"?,"domain"?}.
# Result: {"gpo":{...},"account","decision":"allowed|denied|undecided","grants":[...],"custom":[...],"denies":[...],"reads":[...]}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-edit-access/1'
$LogonSids = @('S-1-1-0', 'S-1-5-11', 'S-1-5-2')
$EditLevels = @('GpoEdit', 'GpoEditDeleteModifySecurity')

# <include Domain.ps1>

function Get-LogonToken([string]$Account) {
    $arguments = Get-AdArguments
    try {
        $user = Get-ADUser -Identity $Account -Properties tokenGroups @arguments
    } catch {
        if (Test-ExceptionType $_ $IdentityNotFoundType) {
            throw (New-Failure 'principalNotFound' ("The account '" + $Account + "' is not a user of the domain this DC serves; log on with a domain account."))
        }
        throw
    }
    $token = @{}
    $token[[string]$user.SID.Value] = $true
    foreach ($sid in @($user.tokenGroups)) { $token[[string]$sid.Value] = $true }
    foreach ($sid in $LogonSids) { $token[$sid] = $true }
    return $token
}

function Format-Trustee($Permission) {
    $trustee = $Permission.Trustee
    $name = [string]$trustee.Name
    if ($trustee.Domain) { $name = [string]$trustee.Domain + '\' + $name }
    return $name + ': ' + [string]$Permission.Permission
}

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy', 'ActiveDirectory') {
    param($Request)
    $gpo = Resolve-RequestGpo $Request $true
    $account = [string]$env:USERNAME
    $token = Get-LogonToken $account
    $arguments = Get-GpArguments
    $grants = @(); $custom = @(); $denies = @(); $reads = @()
    foreach ($permission in @(Get-GPPermission -Guid $gpo.Id -All @arguments)) {
        if (-not $token.ContainsKey([string]$permission.Trustee.Sid.Value)) { continue }
        $level = [string]$permission.Permission
        $entry = Format-Trustee $permission
        if ($permission.Denied) {
            if ($level -ne 'GpoApply') { $denies += $entry }
        } elseif ($EditLevels -contains $level) {
            $grants += $entry
        } elseif ($level -eq 'GpoCustom') {
            $custom += $entry
        } else {
            $reads += $entry
        }
    }
    $decision = 'denied'
    if ($denies.Count -eq 0 -and $grants.Count -gt 0) { $decision = 'allowed' }
    elseif ($denies.Count -eq 0 -and $custom.Count -gt 0) { $decision = 'undecided' }
    return @{
        gpo = (ConvertTo-GpoReply $gpo)
        account = ([string]$env:USERDOMAIN + '\' + $account)
        decision = $decision
        grants = $grants
        custom = $custom
        denies = $denies
        reads = $reads
    }
}
