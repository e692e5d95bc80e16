# Writes the Auto-Enrollment policy values that differ from what the GPO holds, so the GPO version
# moves only on a real change; removes owned values the settings no longer declare; keeps policy DWORD
# bits outside knownAePolicyBits and every value it does not own.
# Request: {"keyPath","aePolicyValueName","server"?,"items":[{"gpoName"|"gpoId","domain","scope","aePolicy",
#   "knownAePolicyBits","values":[{"name","type","data"}],"ownedValueNames":[...]}]}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-apply/2'

# <include Common.ps1>

function Test-SameValue($Current, $Desired) {
    if ($null -eq $Current -or -not (Test-SameText ([string]$Current.type) ([string]$Desired.type))) { return $false }
    if (Test-SameText ([string]$Desired.type) 'DWord') { return [int64]$Current.data -eq [int64]$Desired.data }
    return Test-SameText (ConvertTo-CleanText $Current.data) (ConvertTo-CleanText $Desired.data)
}

function ConvertTo-DWordArgument([int64]$Value) {
    # DWORDs travel as Int32, as the cmdlet stores them; the bit pattern is what matters.
    if ($Value -gt [int32]::MaxValue) { $Value -= 4294967296 }
    return [int32]$Value
}

Invoke-Request $RequestBase64 $ScriptVersion {
    param($Item, $Gpo, [string]$FullKey)
    $targetArguments = Get-TargetArguments $Item
    $before = Read-PolicyValues $Gpo $Item $FullKey
    $previousAePolicy = Get-AePolicyData $before
    $keptBits = 0
    if ($null -ne $previousAePolicy) { $keptBits = [int64]$previousAePolicy -band (4294967295 -bxor [int64]$Item.knownAePolicyBits) }

    $desiredValues = @()
    $desiredValues += ,@{ name = $RequestContext.aePolicyValueName; type = 'DWord'; data = ([int64]$Item.aePolicy -bor $keptBits) }
    foreach ($value in @($Item.values)) { $desiredValues += ,@{ name = [string]$value.name; type = [string]$value.type; data = $value.data } }

    $changed = $false
    foreach ($desired in $desiredValues) {
        $current = Find-Value $before $desired.name
        if (-not (Test-SameValue $current $desired)) {
            $data = if (Test-SameText $desired.type 'DWord') { ConvertTo-DWordArgument ([int64]$desired.data) } else { [string]$desired.data }
            Set-GPRegistryValue -Guid $Gpo.Id -Key $FullKey -ValueName $desired.name -Type $desired.type -Value $data @targetArguments | Out-Null
            $changed = $true
        }
    }
    $undeclared = @(@($Item.ownedValueNames) | Where-Object { $null -eq (Find-Value $desiredValues ([string]$_)) })
    if (Remove-OwnedValues $Gpo $Item $FullKey $before $undeclared) { $changed = $true }
    return (New-ChangeReply $Gpo $Item $FullKey $before $changed)
}
