# Shared by read.ps1, apply.ps1 and remove.ps1: ScriptLibrary splices it in place of their include line.
# Windows PowerShell 5.1 compatible. Never print anything but the one reply line.

$ReplyMarker = '##CERTAUTOENROLL-REPLY##'
$AbsentSettingMessage = 'The following Group Policy registry setting was not found'
$PolicyKeyPath = 'Software\Policies\Microsoft\Cryptography\AutoEnrollment'

function Write-Reply($Reply) {
    $json = ConvertTo-Json -InputObject $Reply -Compress -Depth 6
    Write-Output ($ReplyMarker + ' ' + $json)
}

function New-Failure([string]$Code, [string]$Message) {
    $exception = New-Object System.InvalidOperationException $Message
    $exception.Data['CertAutoenrollCode'] = $Code
    return $exception
}

function Get-FailureCode($ErrorRecord) {
    $exception = $ErrorRecord.Exception
    while ($null -ne $exception) {
        if ($null -ne $exception.Data -and $exception.Data.Contains('CertAutoenrollCode')) { return [string]$exception.Data['CertAutoenrollCode'] }
        if ($exception -is [System.UnauthorizedAccessException]) { return 'accessDenied' }
        $exception = $exception.InnerException
    }
    $text = [string]$ErrorRecord.Exception.Message + ' ' + [string]$ErrorRecord.FullyQualifiedErrorId
    if ($text -match 'Access is denied|E_ACCESSDENIED|0x80070005|UnauthorizedAccess') { return 'accessDenied' }
    return 'unexpected'
}

function Test-AbsentSetting($ErrorRecord) {
    # The error id differs between module versions; the message is what Windows documents.
    return ([string]$ErrorRecord.Exception.Message).Contains($AbsentSettingMessage) -or
        ([string]$ErrorRecord.FullyQualifiedErrorId).StartsWith('UnableToRetrievePolicyRegistryItem')
}

function Test-GpoNotFound($ErrorRecord) {
    $text = [string]$ErrorRecord.Exception.Message + ' ' + [string]$ErrorRecord.FullyQualifiedErrorId
    return $text -match 'not found|does not exist|GpoWithIdNotFound|GpoWithNameNotFound'
}

function Get-TargetText($Item) {
    $gpo = if ($Item.gpoId) { 'GPO ' + [string]$Item.gpoId } else { "GPO '" + [string]$Item.gpoName + "'" }
    $domain = if ($Item.domain) { "domain '" + [string]$Item.domain + "'" } else { "the domain controller's domain" }
    return $gpo + ', scope ' + [string]$Item.scope + ', ' + $domain
}

function Get-DomainArguments($Item) {
    $arguments = @{}
    if ($Item.domain) { $arguments['Domain'] = [string]$Item.domain }
    return $arguments
}

function Get-FullKeyPath([string]$Scope) {
    if ($Scope -eq 'User') { return 'HKCU\' + $PolicyKeyPath }
    if ($Scope -eq 'Computer') { return 'HKLM\' + $PolicyKeyPath }
    throw (New-Failure 'unexpected' ("Unknown scope '" + $Scope + "'; expected User or Computer."))
}

$GpoListCache = @{}

function Resolve-Gpo($Item) {
    $domainArguments = Get-DomainArguments $Item
    if ($Item.gpoId) {
        try {
            return Get-GPO -Guid ([guid][string]$Item.gpoId) @domainArguments
        } catch {
            if ((Get-FailureCode $_) -eq 'unexpected' -and (Test-GpoNotFound $_)) {
                throw (New-Failure 'gpoNotFound' ('No GPO with id ' + [string]$Item.gpoId + ' exists: ' + $_.Exception.Message))
            }
            throw
        }
    }
    # Match display names ourselves (case-insensitive, as AD compares them) to tell "none" from "several".
    $name = [string]$Item.gpoName
    $cacheKey = [string]$Item.domain
    if (-not $GpoListCache.ContainsKey($cacheKey)) { $GpoListCache[$cacheKey] = @(Get-GPO -All @domainArguments) }
    $found = @($GpoListCache[$cacheKey] | Where-Object { [string]$_.DisplayName -eq $name })
    if ($found.Count -eq 0) { throw (New-Failure 'gpoNotFound' "No GPO has this display name.") }
    if ($found.Count -gt 1) {
        $ids = ($found | ForEach-Object { $_.Id.ToString('B').ToUpperInvariant() }) -join ', '
        throw (New-Failure 'ambiguousGpoName' ($found.Count.ToString() + ' GPOs have this display name (' + $ids + '); address the GPO by gpoId instead.'))
    }
    return $found[0]
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
        'MultiString' { $data = @(@($value) | ForEach-Object { [string]$_ }) }
        default { $data = [string]$value }
    }
    return @{ name = [string]$Entry.ValueName; type = $type; data = $data }
}

function Read-PolicyValues($Gpo, $Item, [string]$FullKey) {
    $domainArguments = Get-DomainArguments $Item
    try {
        $entries = @(Get-GPRegistryValue -Guid $Gpo.Id -Key $FullKey @domainArguments)
    } catch {
        if (Test-AbsentSetting $_) { return ,@() }
        throw
    }
    $values = @()
    foreach ($entry in $entries) {
        # Only values set directly under the key: not subkeys, not "**del." entries. KeyPath has no
        # hive (FullKeyPath spells it out as HKEY_...); the query already picked the hive.
        $isHere = ([string]$entry.KeyPath).TrimEnd('\') -eq $PolicyKeyPath
        if ($isHere -and [string]$entry.ValueName -ne '' -and [string]$entry.PolicyState -eq 'Set') {
            $values += ,(ConvertTo-ReplyValue $entry)
        }
    }
    return ,$values
}

function Find-Value($Values, [string]$Name) {
    foreach ($value in $Values) { if ($value.name -eq $Name) { return $value } }
    return $null
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

function Invoke-PerItem($Item, [scriptblock]$Operation) {
    try {
        $fullKey = Get-FullKeyPath ([string]$Item.scope)
        $gpo = Resolve-Gpo $Item
        return (& $Operation $Item $gpo $fullKey)
    } catch {
        $message = (Get-TargetText $Item) + ': ' + $_.Exception.Message
        return @{ ok = $false; error = @{ code = (Get-FailureCode $_); message = $message } }
    }
}

function Invoke-Request([string]$RequestBase64, [string]$Version, [scriptblock]$Operation) {
    try {
        $json = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($RequestBase64))
        $request = ConvertFrom-Json -InputObject $json
    } catch {
        Write-Reply @{ ok = $false; version = $Version; error = @{ code = 'unexpected'; message = 'The request is not base64 UTF-8 JSON: ' + $_.Exception.Message } }
        return
    }
    try {
        Import-Module GroupPolicy -ErrorAction Stop -Verbose:$false
    } catch {
        $message = 'The GroupPolicy PowerShell module is not available on this host (install the Group Policy Management feature, RSAT-GPMC): ' + $_.Exception.Message
        Write-Reply @{ ok = $false; version = $Version; error = @{ code = 'moduleMissing'; message = $message } }
        return
    }
    $items = @()
    foreach ($item in @($request.items)) { $items += ,(Invoke-PerItem $item $Operation) }
    Write-Reply @{ ok = $true; version = $Version; items = $items }
}
