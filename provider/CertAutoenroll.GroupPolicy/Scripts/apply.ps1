# Writes the Auto-Enrollment policy values that differ from what the GPO holds, so the GPO version
# moves only on a real change; removes owned values the settings no longer declare; keeps AEPolicy
# bits outside knownAePolicyBits and every value it does not own.
# Request: {"items":[{"gpoName"|"gpoId","domain","scope","aePolicy","knownAePolicyBits",
#   "values":[{"name","type","data"}],"ownedValueNames":[...]}]}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-apply/1'

# <include Common.ps1>

function Test-SameValue($Current, $Desired) {
    if ($null -eq $Current -or [string]$Current.type -ne [string]$Desired.type) { return $false }
    if ($Desired.type -eq 'DWord') { return [int64]$Current.data -eq [int64]$Desired.data }
    return [string]$Current.data -ceq [string]$Desired.data
}

function ConvertTo-DWordArgument([int64]$Value) {
    # DWORDs travel as Int32, as the cmdlet stores them; the bit pattern is what matters.
    if ($Value -gt [int32]::MaxValue) { $Value -= 4294967296 }
    return [int32]$Value
}

Invoke-Request $RequestBase64 $ScriptVersion {
    param($Item, $Gpo, [string]$FullKey)
    $domainArguments = Get-DomainArguments $Item
    $before = Read-PolicyValues $Gpo $Item $FullKey
    $previous = Find-Value $before 'AEPolicy'
    $previousAePolicy = if ($null -ne $previous -and $previous.type -eq 'DWord') { $previous.data } else { $null }
    $keptBits = 0
    if ($null -ne $previousAePolicy) { $keptBits = [int64]$previousAePolicy -band (4294967295 -bxor [int64]$Item.knownAePolicyBits) }

    $desiredValues = @()
    $desiredValues += ,@{ name = 'AEPolicy'; type = 'DWord'; data = ([int64]$Item.aePolicy -bor $keptBits) }
    foreach ($value in @($Item.values)) { $desiredValues += ,@{ name = [string]$value.name; type = [string]$value.type; data = $value.data } }

    $changed = $false
    foreach ($desired in $desiredValues) {
        $current = Find-Value $before $desired.name
        if (-not (Test-SameValue $current $desired)) {
            $data = if ($desired.type -eq 'DWord') { ConvertTo-DWordArgument ([int64]$desired.data) } else { [string]$desired.data }
            Set-GPRegistryValue -Guid $Gpo.Id -Key $FullKey -ValueName $desired.name -Type $desired.type -Value $data @domainArguments | Out-Null
            $changed = $true
        }
    }
    foreach ($name in @($Item.ownedValueNames)) {
        $current = Find-Value $before ([string]$name)
        if ($null -ne $current -and $null -eq (Find-Value $desiredValues ([string]$name))) {
            Remove-GPRegistryValue -Guid $Gpo.Id -Key $FullKey -ValueName $current.name @domainArguments | Out-Null
            $changed = $true
        }
    }
    $after = if ($changed) { Read-PolicyValues $Gpo $Item $FullKey } else { ,$before }
    return (New-ItemReply $Gpo $Item $FullKey $after $changed $previousAePolicy)
}
