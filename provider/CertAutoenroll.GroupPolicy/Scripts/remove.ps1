# Removes the values the Auto-Enrollment policy owns (AEPolicy, OfflineExpirationPercent,
# OfflineExpirationStoreNames) and nothing else, which GPMC shows as "Not configured".
# Request: {"items":[{"gpoName"|"gpoId","domain","scope","ownedValueNames":[...]}]}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-remove/1'

# <include Common.ps1>

Invoke-Request $RequestBase64 $ScriptVersion {
    param($Item, $Gpo, [string]$FullKey)
    $domainArguments = Get-DomainArguments $Item
    $before = Read-PolicyValues $Gpo $Item $FullKey
    $previous = Find-Value $before 'AEPolicy'
    $previousAePolicy = if ($null -ne $previous -and $previous.type -eq 'DWord') { $previous.data } else { $null }
    $changed = $false
    foreach ($name in @($Item.ownedValueNames)) {
        $current = Find-Value $before ([string]$name)
        if ($null -ne $current) {
            Remove-GPRegistryValue -Guid $Gpo.Id -Key $FullKey -ValueName $current.name @domainArguments | Out-Null
            $changed = $true
        }
    }
    $after = if ($changed) { Read-PolicyValues $Gpo $Item $FullKey } else { ,$before }
    return (New-ItemReply $Gpo $Item $FullKey $after $changed $previousAePolicy)
}
