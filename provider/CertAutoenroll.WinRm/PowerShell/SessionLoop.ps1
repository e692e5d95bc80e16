# The loop of a persistent session (PersistentPowerShellSession), sent as the first stdin line after SessionStart.ps1.
# Windows PowerShell 5.1 compatible. Its variables and functions start with "loop"/"Loop" so the scripts it runs
# never meet one by accident.
#
# Requests, one per stdin line:  <id> <base64 UTF-8 script> <base64 UTF-8 argument> .
#   The id is 32 lowercase hex digits; the final "." proves the line arrived whole: a line cut short on the way
#   (its Send lost half-way) has no such last field. The client starts every line with a line break, so whatever
#   it writes next never continues a cut line.
# Replay requests:               ? <id>,<id>,... .
#   Writes each kept reply again, or the "not received" answer for an id this process never got whole.
# Replies, one per stdout line:  <marker> <id> <1|0> <base64 output> <base64 errors>
#   Output objects become text (one line each), error records go to the errors, a terminating error sets 0.
#   "<marker> <id> ? - -" means "not received": the client sends that request again. Lines are read in order, so
#   a request sent before a replay request has been read by the time the replay request is answered.
# A request whose id already has a reply is not run twice: its kept reply is written again. The last 256 replies
# are kept.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Continue'
$loopMarker = '{{ReplyMarker}}'
$loopIdPattern = '^[0-9a-f]{32}$'
$loopUtf8 = [System.Text.UTF8Encoding]::new($false)
$loopIn = [Console]::In
$loopOut = [Console]::Out
$loopReplies = @{}
$loopKeptIds = [System.Collections.Queue]::new()

function Write-LoopReply([string]$Id) {
    if ($loopReplies.ContainsKey($Id)) {
        $loopOut.Write($loopReplies[$Id])
    } else {
        $loopOut.Write($loopMarker + ' ' + $Id + " ? - -`n")
    }
    $loopOut.Flush()
}

function ConvertFrom-LoopBase64([string]$Text) {
    return $loopUtf8.GetString([Convert]::FromBase64String($Text))
}

function ConvertTo-LoopText($Record) {
    if ($Record -is [string]) { return $Record }
    return ($Record | Out-String -Width 4096).TrimEnd()
}

while ($null -ne ($loopLine = $loopIn.ReadLine())) {
    $loopFields = $loopLine.Split(' ')
    if ($loopFields.Count -eq 3 -and $loopFields[0] -eq '?' -and $loopFields[2] -eq '.') {
        foreach ($loopAskedId in $loopFields[1].Split(',')) {
            if ($loopAskedId -match $loopIdPattern) { Write-LoopReply $loopAskedId }
        }
        continue
    }

    $loopId = $loopFields[0]
    if ($loopId -notmatch $loopIdPattern) {
        # An empty line (every request starts with one), or the tail of a line cut short: nothing to answer.
        continue
    }

    if ($loopReplies.ContainsKey($loopId)) {
        Write-LoopReply $loopId
        continue
    }

    $loopSource = $null
    $loopArgument = $null
    if ($loopFields.Count -eq 4 -and $loopFields[3] -eq '.') {
        try {
            $loopSource = ConvertFrom-LoopBase64 $loopFields[1]
            $loopArgument = ConvertFrom-LoopBase64 $loopFields[2]
        } catch [System.FormatException] {
            $loopSource = $null
        }
    }

    if ($null -eq $loopSource) {
        # Cut short or garbled on the way: say "not received" (nothing ran), and the client sends it again.
        Write-LoopReply $loopId
        continue
    }

    $loopOutput = [System.Text.StringBuilder]::new()
    $loopErrors = [System.Text.StringBuilder]::new()
    $loopSucceeded = 1
    try {
        $loopScript = [ScriptBlock]::Create($loopSource)
        # A process block, not ForEach-Object: no cmdlet to bind and no script block invoked per record.
        & $loopScript $loopArgument 2>&1 6>&1 | & { process {
            if ($_ -is [System.Management.Automation.ErrorRecord]) {
                [void]$loopErrors.AppendLine((ConvertTo-LoopText $_))
            } else {
                [void]$loopOutput.AppendLine((ConvertTo-LoopText $_))
            }
        } }
    } catch {
        $loopSucceeded = 0
        [void]$loopErrors.AppendLine((ConvertTo-LoopText $_))
    }

    $loopEncodedOutput = [Convert]::ToBase64String($loopUtf8.GetBytes($loopOutput.ToString()))
    $loopEncodedErrors = [Convert]::ToBase64String($loopUtf8.GetBytes($loopErrors.ToString()))
    $loopReplies[$loopId] = $loopMarker + ' ' + $loopId + ' ' + $loopSucceeded + ' ' + $loopEncodedOutput + ' ' + $loopEncodedErrors + "`n"
    $loopKeptIds.Enqueue($loopId)
    if ($loopKeptIds.Count -gt 256) { $loopReplies.Remove($loopKeptIds.Dequeue()) }
    Write-LoopReply $loopId
}
