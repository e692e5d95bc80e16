# Renames a GPO (Rename-GPO) and sets its comment and status (Gpo.Description, Gpo.GpoStatus); an
# absent field is left as it is. A new name another GPO has is refused (gpoAlreadyExists).
# Request: {"gpoId","name"?,"comment"?,"status"?,"server"?,"domain"?}. Result: {"gpo":{...},"changed":bool}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-update/1'

# <include Domain.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy') {
    param($Request)
    $arguments = Get-GpArguments
    $gpo = Resolve-RequestGpo $Request $true
    $changed = $false
    if ($null -ne $Request.name -and -not [string]::Equals([string]$gpo.DisplayName, [string]$Request.name, [System.StringComparison]::Ordinal)) {
        $others = @((Find-GposByName ([string]$Request.name)) | Where-Object { $_.Id -ne $gpo.Id })
        if ($others.Count -gt 0) {
            $ids = ($others | ForEach-Object { Format-GpoId $_.Id }) -join ', '
            throw (New-Failure 'gpoAlreadyExists' ("Another GPO is named '" + [string]$Request.name + "' (" + $ids + '); pick another name.'))
        }
        Rename-GPO -Guid $gpo.Id -TargetName ([string]$Request.name) @arguments | Out-Null
        $gpo = Get-GPO -Guid $gpo.Id @arguments
        $changed = $true
    }
    if ($null -ne $Request.comment -and -not [string]::Equals([string]$gpo.Description, [string]$Request.comment, [System.StringComparison]::Ordinal)) {
        $gpo.Description = [string]$Request.comment
        $changed = $true
    }
    if ($Request.status -and -not (Test-SameName ([string]$gpo.GpoStatus) ([string]$Request.status))) {
        $gpo.GpoStatus = [string]$Request.status
        $changed = $true
    }
    if ($changed) { $gpo = Get-GPO -Guid $gpo.Id @arguments }
    return @{ gpo = (ConvertTo-GpoReply $gpo); changed = $changed }
}
