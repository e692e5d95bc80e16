# Removes a GPO with Remove-GPO (which also removes its links in the domain). Refuses the Default Domain
# Policy and the Default Domain Controllers Policy (protectedGpo). A GPO that is gone already is no error.
# Request: {"gpoId","server"?,"domain"?}. Result: {"removed":bool}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-remove/1'

# <include Domain.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy') {
    param($Request)
    $id = Format-GpoId ([string]$Request.gpoId)
    if ($DefaultGpoIds -contains $id) {
        throw (New-Failure 'protectedGpo' ('The GPO ' + $id + ' is a default GPO of the domain; it is never removed.'))
    }
    $gpo = Find-GpoById $id
    if ($null -eq $gpo) { return @{ removed = $false } }
    $arguments = Get-GpArguments
    Remove-GPO -Guid $gpo.Id @arguments | Out-Null
    return @{ removed = $true }
}
