# Reads one GPO by id or display name.
# Request: {"gpoId"|"gpoName","server"?,"domain"?}. Result: {"found":bool,"gpo":{...}}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-read/1'

# <include Domain.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy') {
    param($Request)
    $gpo = Resolve-RequestGpo $Request $false
    if ($null -eq $gpo) { return @{ found = $false } }
    return @{ found = $true; gpo = (ConvertTo-GpoReply $gpo) }
}
