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
# Kept lean on purpose: PowerShell compiles this block when it starts and each function on its first call, all of it
# on the way to the session's first answer; so no helper functions and one pass over each line.
$ProgressPreference = 'SilentlyContinue'
$ErrorActionPreference = 'Continue'
$loopMarker = '{{ReplyMarker}}'
$loopIdPattern = '^[0-9a-f]{32}$'
$loopUtf8 = [System.Text.UTF8Encoding]::new($false)
$loopIn = [Console]::In
$loopOut = [Console]::Out
$loopReplies = @{}
$loopKeptIds = [System.Collections.Queue]::new()
# Sorts each record of a request's output into its output or its errors: a process block, not ForEach-Object, so no
# cmdlet is bound and no script block invoked per record.
$loopSortRecords = { process {
    $loopText = if ($_ -is [string]) { $_ } else { ($_ | Out-String -Width 4096).TrimEnd() }
    if ($_ -is [System.Management.Automation.ErrorRecord]) {
        [void]$loopErrors.AppendLine($loopText)
    } else {
        [void]$loopOutput.AppendLine($loopText)
    }
} }

while ($null -ne ($loopLine = $loopIn.ReadLine())) {
    $loopFields = $loopLine.Split(' ')
    $loopAsked = @()
    if ($loopFields.Count -eq 3 -and $loopFields[0] -eq '?' -and $loopFields[2] -eq '.') {
        $loopAsked = $loopFields[1].Split(',')
    } elseif ($loopFields[0] -match $loopIdPattern) {
        # Anything else (an empty line, as every request starts with one, or the tail of a line cut short) is ignored.
        $loopId = $loopFields[0]
        $loopAsked = @($loopId)
        $loopSource = $null
        if (-not $loopReplies.ContainsKey($loopId) -and $loopFields.Count -eq 4 -and $loopFields[3] -eq '.') {
            try {
                $loopSource = $loopUtf8.GetString([Convert]::FromBase64String($loopFields[1]))
                $loopArgument = $loopUtf8.GetString([Convert]::FromBase64String($loopFields[2]))
            } catch [System.FormatException] {
                # Garbled on the way: answered "not received" below, and the client sends it again.
                $loopSource = $null
            }
        }

        if ($null -ne $loopSource) {
            $loopOutput = [System.Text.StringBuilder]::new()
            $loopErrors = [System.Text.StringBuilder]::new()
            $loopSucceeded = 1
            try {
                $loopScript = [ScriptBlock]::Create($loopSource)
                & $loopScript $loopArgument 2>&1 6>&1 | & $loopSortRecords
            } catch {
                $loopSucceeded = 0
                [void]$loopErrors.AppendLine(($_ | Out-String -Width 4096).TrimEnd())
            }

            $loopReplies[$loopId] = $loopMarker + ' ' + $loopId + ' ' + $loopSucceeded + ' ' + [Convert]::ToBase64String($loopUtf8.GetBytes($loopOutput.ToString())) + ' ' + [Convert]::ToBase64String($loopUtf8.GetBytes($loopErrors.ToString())) + "`n"
            $loopKeptIds.Enqueue($loopId)
            if ($loopKeptIds.Count -gt 256) { $loopReplies.Remove($loopKeptIds.Dequeue()) }
        }
    }

    foreach ($loopAskedId in $loopAsked) {
        if ($loopAskedId -match $loopIdPattern) {
            if ($loopReplies.ContainsKey($loopAskedId)) {
                $loopOut.Write($loopReplies[$loopAskedId])
            } else {
                $loopOut.Write($loopMarker + ' ' + $loopAskedId + " ? - -`n")
            }
        }
    }

    if ($loopAsked.Count -gt 0) { $loopOut.Flush() }
}
