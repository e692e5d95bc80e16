# Shared by the GPO, link and template-access scripts: DomainScriptLibrary splices it in place of their include line.
# Windows PowerShell 5.1 compatible. Never print anything but the one reply line.
# Decisions rest on error ids, exception types and HRESULTs, never on message text: a DC may speak any language.

$ReplyMarker = '##CERTAUTOENROLL-REPLY##'
$OperationsErrorHResult = -2147016672 # 0x80072020, ERROR_DS_OPERATIONS_ERROR: the logon could not go on to another DC
$AccessDeniedHResult = -2147024891 # 0x80070005, E_ACCESSDENIED
$IdentityNotFoundType = 'Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException'
$DefaultGpoIds = @('{31B2F340-016D-11D2-945F-00C04FB984F9}', '{6AC1786C-016F-11D2-945F-00C04FB984F9}')

# Filled from the request by Invoke-DomainRequest.
$RequestContext = @{ server = ''; serverIsDefault = $true; domain = '' }

function Write-Reply($Reply) {
    $json = ConvertTo-Json -InputObject $Reply -Compress -Depth 8
    Write-Output ($ReplyMarker + ' ' + $json)
}

function New-Failure([string]$Code, [string]$Message) {
    $exception = New-Object System.InvalidOperationException $Message
    $exception.Data['CertAutoenrollCode'] = $Code
    return $exception
}

function Test-SameName([string]$Left, [string]$Right) {
    # GPO names, DNs, cns and account names compare case-insensitively, never by culture.
    return [string]::Equals($Left, $Right, [System.StringComparison]::OrdinalIgnoreCase)
}

function Get-ErrorId($ErrorRecord) {
    # 'GpoWithIdNotFound,Microsoft.GroupPolicy.Commands.GetGpoCommand' -> 'GpoWithIdNotFound'
    $id = [string]$ErrorRecord.FullyQualifiedErrorId
    $comma = $id.IndexOf(',')
    if ($comma -ge 0) { return $id.Substring(0, $comma) }
    return $id
}

function Get-ExceptionChain($ErrorRecord) {
    $chain = @()
    $exception = $ErrorRecord.Exception
    while ($null -ne $exception) {
        $chain += ,$exception
        $exception = $exception.InnerException
    }
    return ,$chain
}

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

function Get-FailureCode($ErrorRecord) {
    foreach ($exception in (Get-ExceptionChain $ErrorRecord)) {
        if ($null -ne $exception.Data -and $exception.Data.Contains('CertAutoenrollCode')) { return [string]$exception.Data['CertAutoenrollCode'] }
        if ($exception -is [System.UnauthorizedAccessException] -or $exception.HResult -eq $AccessDeniedHResult) { return 'accessDenied' }
    }
    $id = Get-ErrorId $ErrorRecord
    if ($id -match '^(UnauthorizedAccess|AccessDenied)') { return 'accessDenied' }
    if ($id -eq 'GpoWithIdNotFound' -or $id -eq 'GpoWithNameNotFound') { return 'gpoNotFound' }
    return 'unexpected'
}

function Test-SecondHopFailure($ErrorRecord) {
    foreach ($exception in (Get-ExceptionChain $ErrorRecord)) {
        if ($exception.HResult -eq $OperationsErrorHResult) { return $true }
    }
    return $false
}

function Get-FailureHint($ErrorRecord) {
    if (Test-SecondHopFailure $ErrorRecord) {
        return " The cmdlets could not pass this logon on to server '" + [string]$RequestContext.server + "' (a second hop): set 'server' to the domain controller you connect to, or allow this logon to delegate."
    }
    return ''
}

function Get-LocalServerName {
    # The connected DC's own name, so no cmdlet goes to the PDC emulator (a second hop NTLM cannot make).
    $computer = [string]$env:COMPUTERNAME
    $dnsDomain = [string]$env:USERDNSDOMAIN
    if ($computer -and $dnsDomain) { return $computer + '.' + $dnsDomain }
    if ($computer) { return $computer }
    return [System.Net.Dns]::GetHostName()
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
        if ((Get-ErrorId $_) -eq 'GpoWithIdNotFound') { return $null }
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

function Import-RequiredModule([string]$Name) {
    try {
        Import-Module $Name -ErrorAction Stop -Verbose:$false
    } catch {
        $feature = if ($Name -eq 'GroupPolicy') { 'the Group Policy Management feature, RSAT-GPMC' } else { 'the Active Directory module for Windows PowerShell, RSAT-AD-PowerShell' }
        throw (New-Failure 'moduleMissing' ('The ' + $Name + ' PowerShell module is not available on this host (install ' + $feature + '): ' + $_.Exception.Message))
    }
}

function Invoke-DomainRequest([string]$RequestBase64, [string]$Version, [string[]]$Modules, [scriptblock]$Operation) {
    try {
        $json = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($RequestBase64))
        $request = ConvertFrom-Json -InputObject $json
    } catch {
        Write-Reply @{ ok = $false; version = $Version; error = @{ code = 'unexpected'; message = 'The request is not base64 UTF-8 JSON: ' + $_.Exception.Message } }
        return
    }
    try {
        if ($request.server) {
            $RequestContext.server = [string]$request.server
            $RequestContext.serverIsDefault = $false
        } else {
            $RequestContext.server = Get-LocalServerName
        }
        if ($request.domain) { $RequestContext.domain = [string]$request.domain }
        foreach ($module in $Modules) { Import-RequiredModule $module }
        $result = & $Operation $request
        Write-Reply @{ ok = $true; version = $Version; result = $result }
    } catch {
        $message = $_.Exception.Message + (Get-FailureHint $_) + ' (server ' + [string]$RequestContext.server + ')'
        Write-Reply @{ ok = $false; version = $Version; error = @{ code = (Get-FailureCode $_); message = $message } }
    }
}
