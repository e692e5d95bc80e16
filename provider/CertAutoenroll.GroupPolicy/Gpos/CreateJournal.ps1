# Shared by gpo-create.ps1 (spliced in after Domain.ps1): what lets a re-run of one create operation find the GPO
# its first attempt made. The provider re-runs a script whose reply it lost (a dropped reply, a lost session, a
# killed process) with the same request, so the request's operationId is the same on every attempt of one create
# and new for the next create. Per operation, two files on this DC, in %ProgramData%\CertAutoenroll\operations:
#   <id>.checked  written once the name was found free, just before New-GPO (its write time is when that was);
#   <id>.gpo      the new GPO's id, written as soon as New-GPO returned.
# A GPO that had the name before the operation began never has a record, so it is still refused.

# How long records are kept; a re-run comes within the operation's deadline, minutes at most.
$CreateJournalRetention = [TimeSpan]::FromDays(7)
# Allowed clock difference between this DC (the file times) and the DC named by -Server (the GPO's CreationTime).
$CreateJournalClockSkew = [TimeSpan]::FromMinutes(5)

function Get-CreateJournal([string]$OperationId) {
    $parsed = [guid]::Empty
    if (-not [guid]::TryParse($OperationId, [ref]$parsed)) {
        throw (New-Failure 'invalidRequest' 'The request has no valid operationId (a GUID); this provider build and its scripts do not match.')
    }
    $root = [string]$env:ProgramData
    if (-not $root) { $root = [System.IO.Path]::GetTempPath() }
    $folder = [System.IO.Path]::Combine($root, 'CertAutoenroll', 'operations')
    [System.IO.Directory]::CreateDirectory($folder) | Out-Null
    Remove-OldJournalRecords $folder
    $stem = [System.IO.Path]::Combine($folder, $parsed.ToString('N'))
    return @{ checked = ($stem + '.checked'); gpo = ($stem + '.gpo') }
}

function Remove-OldJournalRecords([string]$Folder) {
    $cutoff = [DateTime]::UtcNow - $CreateJournalRetention
    foreach ($file in [System.IO.Directory]::GetFiles($Folder)) {
        try {
            if ([System.IO.File]::GetLastWriteTimeUtc($file) -lt $cutoff) { [System.IO.File]::Delete($file) }
        } catch {
            # Another create may be pruning the same file; a record left over is harmless.
        }
    }
}

function Write-JournalChecked($Journal) {
    [System.IO.File]::WriteAllText($Journal.checked, '')
}

function Write-JournalCreated($Journal, $GpoId) {
    [System.IO.File]::WriteAllText($Journal.gpo, (Format-GpoId $GpoId))
}

function Remove-Journal($Journal) {
    foreach ($path in @($Journal.checked, $Journal.gpo)) {
        if ([System.IO.File]::Exists($path)) { [System.IO.File]::Delete($path) }
    }
}

function Find-GpoCreatedEarlier($Journal, [string]$Name, $Existing) {
    # Null unless an earlier attempt of this operation got past the name check.
    if (-not [System.IO.File]::Exists($Journal.checked)) { return $null }
    if ([System.IO.File]::Exists($Journal.gpo)) {
        $recorded = [guid]::Empty
        if ([guid]::TryParse([System.IO.File]::ReadAllText($Journal.gpo).Trim(), [ref]$recorded)) {
            $gpo = Find-GpoById $recorded.ToString()
            if ($null -ne $gpo -and (Test-SameName ([string]$gpo.DisplayName) $Name)) { return $gpo }
        }
    }
    # New-GPO may have run without its id being recorded (the process ended in between): the name was free at the
    # check, so the one GPO that has it now and was created since is the one this operation made.
    $since = [System.IO.File]::GetLastWriteTimeUtc($Journal.checked) - $CreateJournalClockSkew
    $created = @($Existing | Where-Object { $_.CreationTime.ToUniversalTime() -ge $since })
    if ($Existing.Count -eq 1 -and $created.Count -eq 1) { return $created[0] }
    return $null
}
