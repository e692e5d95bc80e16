# Removes the values the Auto-Enrollment policy owns (ownedValueNames, from the provider's model) and
# nothing else, which GPMC shows as "Not configured".
# Request: {"keyPath","aePolicyValueName","server"?,"items":[{"gpoName"|"gpoId","domain","scope","ownedValueNames":[...]}]}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-remove/2'

# <include Common.ps1>

Invoke-Request $RequestBase64 $ScriptVersion {
    param($Item, $Gpo, [string]$FullKey)
    $before = Read-PolicyValues $Gpo $Item $FullKey
    $changed = Remove-OwnedValues $Gpo $Item $FullKey $before @($Item.ownedValueNames)
    return (New-ChangeReply $Gpo $Item $FullKey $before $changed)
}
