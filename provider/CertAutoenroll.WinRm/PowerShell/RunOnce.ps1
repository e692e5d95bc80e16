# The command line of a one-shot command (passed with -EncodedCommand): reads the whole of stdin as base64 of a UTF-8
# script, runs it once, and exits 1 when it failed. Windows PowerShell 5.1 compatible.
$ProgressPreference = 'SilentlyContinue'
$onceSource = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd().Trim()))
$onceBlock = [ScriptBlock]::Create($onceSource)
& $onceBlock
if (-not $?) { exit 1 }
