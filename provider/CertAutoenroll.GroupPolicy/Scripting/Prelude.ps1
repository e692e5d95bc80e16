# The prelude of every DC script: ScriptComposer splices it in place of the include line that opens each
# family's shared part (Scripts/Common.ps1 for the policy scripts, DomainScripts/Domain.ps1 for the GPO,
# link and template-access scripts). Windows PowerShell 5.1 compatible. Never print anything but the one reply line.
# Decisions rest on error ids, exception types and HRESULTs, never on message text: a DC may speak any language.

$ReplyMarker = '##CERTAUTOENROLL-REPLY##'
$OperationsErrorHResult = -2147016672 # 0x80072020, ERROR_DS_OPERATIONS_ERROR: the logon could not go on to another DC
$AccessDeniedHResult = -2147024891 # 0x80070005, E_ACCESSDENIED

# Filled from the request by Set-RequestServer; each family adds the keys its request carries.
$RequestContext = @{ server = ''; serverIsDefault = $true }

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
    # Registry key paths, value names, GPO names, DNs and account names compare case-insensitively, never by culture.
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

function Test-GpoNotFound($ErrorRecord) {
    # Only these ids mean "no such GPO"; "domain not contacted", "network path not found" and the like are failures.
    $id = Get-ErrorId $ErrorRecord
    return $id -eq 'GpoWithIdNotFound' -or $id -eq 'GpoWithNameNotFound'
}

function Get-FailureCode($ErrorRecord) {
    foreach ($exception in (Get-ExceptionChain $ErrorRecord)) {
        if ($null -ne $exception.Data -and $exception.Data.Contains('CertAutoenrollCode')) { return [string]$exception.Data['CertAutoenrollCode'] }
        if ($exception -is [System.UnauthorizedAccessException] -or $exception.HResult -eq $AccessDeniedHResult) { return 'accessDenied' }
    }
    if ((Get-ErrorId $ErrorRecord) -match '^(UnauthorizedAccess|AccessDenied)') { return 'accessDenied' }
    if (Test-GpoNotFound $ErrorRecord) { return 'gpoNotFound' }
    return 'unexpected'
}

function Test-SecondHopFailure($ErrorRecord) {
    foreach ($exception in (Get-ExceptionChain $ErrorRecord)) {
        if ($exception.HResult -eq $OperationsErrorHResult) { return $true }
    }
    return $false
}

function Get-SecondHopHint($ErrorRecord) {
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

function Import-RequiredModule([string]$Name) {
    try {
        Import-Module $Name -ErrorAction Stop -Verbose:$false
    } catch {
        $feature = if ($Name -eq 'GroupPolicy') { 'the Group Policy Management feature, RSAT-GPMC' } else { 'the Active Directory module for Windows PowerShell, RSAT-AD-PowerShell' }
        throw (New-Failure 'moduleMissing' ('The ' + $Name + ' PowerShell module is not available on this host (install ' + $feature + '): ' + $_.Exception.Message))
    }
}

function Write-FailureReply([string]$Version, $ErrorRecord, [string]$Message) {
    Write-Reply @{ ok = $false; version = $Version; error = @{ code = (Get-FailureCode $ErrorRecord); message = $Message } }
}

function Read-Request([string]$RequestBase64) {
    try {
        $json = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($RequestBase64))
        return (ConvertFrom-Json -InputObject $json)
    } catch {
        throw (New-Failure 'unexpected' ('The request is not base64 UTF-8 JSON: ' + $_.Exception.Message))
    }
}

function Set-RequestServer($Request) {
    # The provider's 'server' when given, else the connected DC itself: every cmdlet then gets it as -Server.
    if ($Request.server) {
        $RequestContext.server = [string]$Request.server
        $RequestContext.serverIsDefault = $false
    } else {
        $RequestContext.server = Get-LocalServerName
    }
}
