# The command line of a persistent session (passed with -EncodedCommand). It stays this small because Windows caps a
# command line at 8191 characters: the loop itself (SessionLoop.ps1) arrives as the first stdin line, base64 of
# UTF-8, and runs in this scope. Windows PowerShell 5.1 compatible.
$sessionLoopSource = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadLine()))
$sessionLoop = [ScriptBlock]::Create($sessionLoopSource)
. $sessionLoop
