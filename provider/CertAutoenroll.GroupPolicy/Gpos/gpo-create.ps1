# Creates a GPO with New-GPO, then sets its status. A display name in use already is refused
# (gpoAlreadyExists) before anything is written; a failure after New-GPO removes the new GPO again.
# A re-run of the same operation (same operationId, after its reply was lost) adopts the GPO its first attempt
# made instead of refusing it (CreateJournal.ps1), and sets the declared comment and status on it.
# Request: {"name","comment"?,"status","operationId","server"?,"domain"?}. Result: {"gpo":{...},"adopted":bool}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-gpo-create/2'

# <include Domain.ps1>
# <include CreateJournal.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('GroupPolicy') {
    param($Request)
    $name = [string]$Request.name
    $journal = Get-CreateJournal ([string]$Request.operationId)
    $arguments = Get-GpArguments
    $existing = Find-GposByName $name
    $gpo = Find-GpoCreatedEarlier $journal $name $existing
    $adopted = $null -ne $gpo
    if (-not $adopted) {
        if ($existing.Count -gt 0) {
            $ids = ($existing | ForEach-Object { Format-GpoId $_.Id }) -join ', '
            throw (New-Failure 'gpoAlreadyExists' ("A GPO named '" + $name + "' exists already (" + $ids + '); import it instead of creating it.'))
        }
        $newArguments = @{ Name = $name }
        if ($null -ne $Request.comment) { $newArguments['Comment'] = [string]$Request.comment }
        Write-JournalChecked $journal
        try {
            $gpo = New-GPO @newArguments @arguments
        } catch {
            $failure = $_
            Remove-Journal $journal
            throw $failure
        }
        Write-JournalCreated $journal $gpo.Id
    }
    try {
        if ($adopted -and $null -ne $Request.comment -and -not [string]::Equals([string]$gpo.Description, [string]$Request.comment, [System.StringComparison]::Ordinal)) {
            $gpo.Description = [string]$Request.comment
        }
        if ($Request.status -and -not (Test-SameName ([string]$gpo.GpoStatus) ([string]$Request.status))) {
            $gpo.GpoStatus = [string]$Request.status
        }
        $gpo = Get-GPO -Guid $gpo.Id @arguments
    } catch {
        # Made by this operation, adopted or not: it goes again, as the operation failed.
        $failure = $_
        Remove-GPO -Guid $gpo.Id @arguments | Out-Null
        Remove-Journal $journal
        throw $failure
    }
    return @{ gpo = (ConvertTo-GpoReply $gpo); adopted = $adopted }
}
