# Reads the Auto-Enrollment policy values of one or many (GPO, scope) pairs.
# Request: {"keyPath","aePolicyValueName","server"?,"items":[{"gpoName"|"gpoId","domain","scope"}]}. Reply: one line after the marker.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-read/2'

# <include Common.ps1>

Invoke-Request $RequestBase64 $ScriptVersion {
    param($Item, $Gpo, [string]$FullKey)
    $values = Read-PolicyValues $Gpo $Item $FullKey
    return (New-ItemReply $Gpo $Item $FullKey $values $false $null)
}
