# Shared by the GPO, link and template-access scripts, after the prelude every DC script starts with.
# <include Prelude.ps1>

$IdentityNotFoundType = 'Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException'
$DefaultGpoIds = @('{31B2F340-016D-11D2-945F-00C04FB984F9}', '{6AC1786C-016F-11D2-945F-00C04FB984F9}')

# Filled from the request by Invoke-DomainRequest.
$RequestContext.domain = ''

function Test-ExceptionType($ErrorRecord, [string]$TypeName) {
    foreach ($exception in (Get-ExceptionChain $ErrorRecord)) {
        $type = $exception.GetType()
        while ($null -ne $type) {
            if ([string]::Equals($type.FullName, $TypeName, [System.StringComparison]::Ordinal)) { return $true }
            $type = $type.BaseType
        }
    }
    return $false
}

function Get-GpArguments {
    # -Server and -Domain for the GroupPolicy cmdlets.
    $arguments = @{ Server = [string]$RequestContext.server }
    if ($RequestContext.domain) { $arguments['Domain'] = [string]$RequestContext.domain }
    return $arguments
}

function Get-AdArguments {
    # The ActiveDirectory cmdlets have no -Domain: their -Server names the DC (or domain) to ask.
    return @{ Server = [string]$RequestContext.server }
}

function Format-GpoId($Id) {
    return ([guid]$Id).ToString('B').ToUpperInvariant()
}

function Find-GpoById([string]$Id) {
    $arguments = Get-GpArguments
    try {
        return Get-GPO -Guid ([guid]$Id) @arguments
    } catch {
        if (Test-GpoNotFound $_) { return $null }
        throw
    }
}

function Find-GposByName([string]$Name) {
    # Match display names ourselves (case-insensitive, as AD compares them) to tell "none" from "several".
    $arguments = Get-GpArguments
    return ,@(Get-GPO -All @arguments | Where-Object { Test-SameName ([string]$_.DisplayName) $Name })
}

function Resolve-RequestGpo($Request, [bool]$Required) {
    if ($Request.gpoId) {
        $gpo = Find-GpoById ([string]$Request.gpoId)
        if ($null -eq $gpo -and $Required) { throw (New-Failure 'gpoNotFound' ('No GPO with id ' + [string]$Request.gpoId + ' exists.')) }
        return $gpo
    }
    $found = Find-GposByName ([string]$Request.gpoName)
    if ($found.Count -gt 1) {
        $ids = ($found | ForEach-Object { Format-GpoId $_.Id }) -join ', '
        throw (New-Failure 'ambiguousGpoName' ($found.Count.ToString() + " GPOs have the display name '" + [string]$Request.gpoName + "' (" + $ids + '); address the GPO by gpoId instead.'))
    }
    if ($found.Count -eq 0) {
        if ($Required) { throw (New-Failure 'gpoNotFound' ("No GPO has the display name '" + [string]$Request.gpoName + "'.")) }
        return $null
    }
    return $found[0]
}

function ConvertTo-GpoReply($Gpo) {
    return @{
        gpoId = Format-GpoId $Gpo.Id
        name = [string]$Gpo.DisplayName
        comment = [string]$Gpo.Description
        status = [string]$Gpo.GpoStatus
        domain = [string]$Gpo.DomainName
        path = [string]$Gpo.Path
        owner = [string]$Gpo.Owner
    }
}

function Invoke-DomainRequest([string]$RequestBase64, [string]$Version, [string[]]$Modules, [scriptblock]$Operation) {
    try {
        $request = Read-Request $RequestBase64
    } catch {
        Write-FailureReply $Version $_ $_.Exception.Message
        return
    }
    try {
        Set-RequestServer $request
        if ($request.domain) { $RequestContext.domain = [string]$request.domain }
        foreach ($module in $Modules) { Import-RequiredModule $module }
        $result = & $Operation $request
        Write-Reply @{ ok = $true; version = $Version; result = $result }
    } catch {
        Write-FailureReply $Version $_ ($_.Exception.Message + (Get-SecondHopHint $_) + ' (server ' + [string]$RequestContext.server + ')')
    }
}
