# Removes the link of one GPO on a domain root, OU or site (Remove-GPLink); every other link stays.
# A link that is gone already is no error.
# Request: {"gpoId"|"gpoName","target","server"?,"domain"?}. Result: {"removed":bool}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-link-remove/1'

# <include Domain.ps1>
# <include Links.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy', 'ActiveDirectory') {
    param($Request)
    $gpo = Resolve-RequestGpo $Request $false
    if ($null -eq $gpo) { return @{ removed = $false } }
    $targetObject = Get-LinkTarget ([string]$Request.target)
    $state = Read-LinkState $gpo $targetObject
    if (-not $state.found) { return @{ removed = $false } }
    $arguments = Get-GpArguments
    Remove-GPLink -Guid $gpo.Id -Target ([string]$targetObject.DistinguishedName) @arguments | Out-Null
    return @{ removed = $true }
}
