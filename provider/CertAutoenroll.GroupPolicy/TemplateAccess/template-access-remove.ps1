# Removes exactly one principal's managed allow ACEs (Enroll, AutoEnroll, Read) from a certificate template;
# its other ACEs and everyone else's stay. Nothing to remove is no error.
# Request: {"template","principal","server"?}. Result: as template-access-read, with "changed".
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-template-access-remove/1'

# <include Domain.ps1>
# <include TemplateAccess.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('ActiveDirectory') {
    param($Request)
    return (Invoke-TemplateAccess $Request $false $false $false)
}
