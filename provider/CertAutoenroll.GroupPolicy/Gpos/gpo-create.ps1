# Creates a GPO with New-GPO, then sets its status. A display name in use already is refused
# (gpoAlreadyExists) before anything is written; a failure after New-GPO removes the new GPO again.
# Request: {"name","comment"?,"status","server"?,"domain"?}. Result: {"gpo":{...}}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-create/1'

# <include Domain.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy') {
    param($Request)
    $name = [string]$Request.name
    $existing = Find-GposByName $name
    if ($existing.Count -gt 0) {
        $ids = ($existing | ForEach-Object { Format-GpoId $_.Id }) -join ', '
        throw (New-Failure 'gpoAlreadyExists' ("A GPO named '" + $name + "' exists already (" + $ids + '); import it instead of creating it.'))
    }
    $arguments = Get-GpArguments
    $newArguments = @{ Name = $name }
    if ($null -ne $Request.comment) { $newArguments['Comment'] = [string]$Request.comment }
    $gpo = New-GPO @newArguments @arguments
    try {
        if ($Request.status -and -not (Test-SameName ([string]$gpo.GpoStatus) ([string]$Request.status))) {
            $gpo.GpoStatus = [string]$Request.status
        }
        $gpo = Get-GPO -Guid $gpo.Id @arguments
    } catch {
        $failure = $_
        Remove-GPO -Guid $gpo.Id @arguments | Out-Null
        throw $failure
    }
    return @{ gpo = (ConvertTo-GpoReply $gpo) }
}
