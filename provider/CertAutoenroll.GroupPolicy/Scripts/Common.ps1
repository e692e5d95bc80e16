# Shared by read.ps1, apply.ps1 and remove.ps1, after the prelude every DC script starts with.
# <include Prelude.ps1>

# The key and value names come in the request, from the provider's C# model.
$RequestContext.keyPath = ''
$RequestContext.aePolicyValueName = ''
$GpoListCache = @{}

function Test-SameText([string]$Left, [string]$Right) {
    return [string]::Equals($Left, $Right, [System.StringComparison]::Ordinal)
}

function Test-AbsentSetting($ErrorRecord) {
    # Get-GPRegistryValue reports a key or value that is not configured as an ArgumentException on its
    # keyPath parameter; some module versions also give it the id below. Its text is localised.
    if (Test-GpoNotFound $ErrorRecord) { return $false }
    if ((Get-ErrorId $ErrorRecord) -eq 'UnableToRetrievePolicyRegistryItem') { return $true }
    $exception = $ErrorRecord.Exception
    return ($exception -is [System.ArgumentException]) -and (Test-SameName ([string]$exception.ParamName) 'keyPath')
}

function Get-TargetText($Item) {
    $gpo = if ($Item.gpoId) { 'GPO ' + [string]$Item.gpoId } else { "GPO '" + [string]$Item.gpoName + "'" }
    $domain = if ($Item.domain) { "domain '" + [string]$Item.domain + "'" } else { "the domain controller's domain" }
    return $gpo + ', scope ' + [string]$Item.scope + ', ' + $domain + ', server ' + [string]$RequestContext.server
}

function Test-OtherDomain($Item) {
    if (-not $Item.domain) { return $false }
    $domain = ([string]$Item.domain).TrimEnd('.')
    return -not ((Test-SameName $domain ([string]$env:USERDNSDOMAIN)) -or (Test-SameName $domain ([string]$env:USERDOMAIN)))
}

function Get-TargetArguments($Item) {
    $arguments = @{ Server = [string]$RequestContext.server }
    if ($Item.domain) { $arguments['Domain'] = [string]$Item.domain }
    return $arguments
}

function Get-FullKeyPath([string]$Scope) {
    if (Test-SameText $Scope 'User') { return 'HKCU\' + $RequestContext.keyPath }
    if (Test-SameText $Scope 'Computer') { return 'HKLM\' + $RequestContext.keyPath }
    throw (New-Failure 'unexpected' ("Unknown scope '" + $Scope + "'; expected User or Computer."))
}

function Resolve-Gpo($Item) {
    $targetArguments = Get-TargetArguments $Item
    if ($Item.gpoId) {
        try {
            return Get-GPO -Guid ([guid][string]$Item.gpoId) @targetArguments
        } catch {
            if (Test-GpoNotFound $_) {
                throw (New-Failure 'gpoNotFound' ('No GPO with id ' + [string]$Item.gpoId + ' exists: ' + $_.Exception.Message))
            }
            throw
        }
    }
    # Match display names ourselves (case-insensitive, as AD compares them) to tell "none" from "several".
    $name = [string]$Item.gpoName
    $cacheKey = [string]$Item.domain
    if (-not $GpoListCache.ContainsKey($cacheKey)) { $GpoListCache[$cacheKey] = @(Get-GPO -All @targetArguments) }
    $found = @($GpoListCache[$cacheKey] | Where-Object { Test-SameName ([string]$_.DisplayName) $name })
    if ($found.Count -eq 0) { throw (New-Failure 'gpoNotFound' "No GPO has this display name.") }
    if ($found.Count -gt 1) {
        $ids = ($found | ForEach-Object { $_.Id.ToString('B').ToUpperInvariant() }) -join ', '
        throw (New-Failure 'ambiguousGpoName' ($found.Count.ToString() + ' GPOs have this display name (' + $ids + '); address the GPO by gpoId instead.'))
    }
    return $found[0]
}

function ConvertTo-CleanText($Value) {
    # Get-GPRegistryValue may return REG_SZ data with its terminating NUL; -eq would hide it, JSON would not.
    return ([string]$Value).TrimEnd([char]0)
}

function ConvertTo-ReplyValue($Entry) {
    $type = [string]$Entry.Type
    $value = $Entry.Value
    switch ($type) {
        'DWord' { $data = [int64]$value; if ($data -lt 0) { $data += 4294967296 } }
        'QWord' {
            if ($value -is [uint64]) { $data = [string]$value }
            else { $data = [string][System.BitConverter]::ToUInt64([System.BitConverter]::GetBytes([int64]$value), 0) }
        }
        'Binary' { $data = [System.Convert]::ToBase64String([byte[]]$value) }
        'MultiString' { $data = @(@($value) | ForEach-Object { ConvertTo-CleanText $_ }) }
        default { $data = ConvertTo-CleanText $value }
    }
    return @{ name = (ConvertTo-CleanText $Entry.ValueName); type = $type; data = $data }
}

function Read-PolicyValues($Gpo, $Item, [string]$FullKey) {
    $targetArguments = Get-TargetArguments $Item
    try {
        $entries = @(Get-GPRegistryValue -Guid $Gpo.Id -Key $FullKey @targetArguments)
    } catch {
        if (Test-AbsentSetting $_) { return ,@() }
        throw
    }
    $values = @()
    foreach ($entry in $entries) {
        # Only values set directly under the key: not subkeys (no PolicyState), not "**del." entries.
        # KeyPath has no hive (FullKeyPath spells it out as HKEY_...); the query already picked the hive.
        $isHere = Test-SameName (([string]$entry.KeyPath).TrimEnd('\')) $RequestContext.keyPath
        $name = ConvertTo-CleanText $entry.ValueName
        if ($isHere -and $name -ne '' -and [string]$entry.PolicyState -eq 'Set') {
            $values += ,(ConvertTo-ReplyValue $entry)
        }
    }
    return ,$values
}

function Find-Value($Values, [string]$Name) {
    foreach ($value in $Values) { if (Test-SameName ([string]$value.name) $Name) { return $value } }
    return $null
}

function Get-AePolicyData($Values) {
    $value = Find-Value $Values $RequestContext.aePolicyValueName
    if ($null -ne $value -and (Test-SameText ([string]$value.type) 'DWord')) { return $value.data }
    return $null
}

function Remove-OwnedValues($Gpo, $Item, [string]$FullKey, $Before, $NamesToRemove) {
    # Apply and remove share this: each named value present before is removed; returns whether any was.
    $targetArguments = Get-TargetArguments $Item
    $removed = $false
    foreach ($name in @($NamesToRemove)) {
        $current = Find-Value $Before ([string]$name)
        if ($null -ne $current) {
            Remove-GPRegistryValue -Guid $Gpo.Id -Key $FullKey -ValueName ([string]$current.name) @targetArguments | Out-Null
            $removed = $true
        }
    }
    return $removed
}

function New-ItemReply($Gpo, $Item, [string]$FullKey, $Values, [bool]$Changed, $PreviousAePolicy) {
    return @{
        ok = $true
        gpoId = $Gpo.Id.ToString('B').ToUpperInvariant()
        gpoName = [string]$Gpo.DisplayName
        domain = [string]$Gpo.DomainName
        scope = [string]$Item.scope
        key = $FullKey
        values = @($Values)
        changed = $Changed
        previousAePolicy = $PreviousAePolicy
    }
}

function New-ChangeReply($Gpo, $Item, [string]$FullKey, $Before, [bool]$Changed) {
    # Apply and remove share this: re-read only after a write, and report the policy DWORD as it was before.
    $after = if ($Changed) { Read-PolicyValues $Gpo $Item $FullKey } else { ,$Before }
    return (New-ItemReply $Gpo $Item $FullKey $after $Changed (Get-AePolicyData $Before))
}

function Get-FailureHint($Item, $ErrorRecord) {
    if ((Test-OtherDomain $Item) -and $RequestContext.serverIsDefault) {
        return " Domain '" + [string]$Item.domain + "' is not this domain controller's domain: set the provider's 'server' to a domain controller of that domain, or allow this logon to delegate."
    }
    return (Get-SecondHopHint $ErrorRecord)
}

function Invoke-PerItem($Item, [scriptblock]$Operation) {
    try {
        $fullKey = Get-FullKeyPath ([string]$Item.scope)
        $gpo = Resolve-Gpo $Item
        return (& $Operation $Item $gpo $fullKey)
    } catch {
        $message = (Get-TargetText $Item) + ': ' + $_.Exception.Message + (Get-FailureHint $Item $_)
        return @{ ok = $false; error = @{ code = (Get-FailureCode $_); message = $message } }
    }
}

function Invoke-Request([string]$RequestBase64, [string]$Version, [scriptblock]$Operation) {
    try {
        $request = Read-Request $RequestBase64
        if (-not $request.keyPath -or -not $request.aePolicyValueName) { throw (New-Failure 'unexpected' 'The request lacks keyPath or aePolicyValueName.') }
        $RequestContext.keyPath = [string]$request.keyPath
        $RequestContext.aePolicyValueName = [string]$request.aePolicyValueName
        Set-RequestServer $request
        Import-RequiredModule 'GroupPolicy'
    } catch {
        Write-FailureReply $Version $_ $_.Exception.Message
        return
    }
    $items = @()
    foreach ($item in @($request.items)) { $items += ,(Invoke-PerItem $item $Operation) }
    Write-Reply @{ ok = $true; version = $Version; items = $items }
}
