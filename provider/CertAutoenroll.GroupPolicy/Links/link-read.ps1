# Reads the link of one GPO on a domain root, OU or site.
# Request: {"gpoId"|"gpoName","target","server"?,"domain"?}. Result: {"found":bool,"linkCount":n,"link":{...}}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-link-read/1'

# <include Domain.ps1>
# <include Links.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy', 'ActiveDirectory') {
    param($Request)
    $gpo = Resolve-RequestGpo $Request $true
    $targetObject = Get-LinkTarget ([string]$Request.target)
    return (Read-LinkState $gpo $targetObject)
}
