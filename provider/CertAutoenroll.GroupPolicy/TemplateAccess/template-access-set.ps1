# Makes one principal's managed allow ACEs on a certificate template match the request: adds the wanted
# ones that are missing, drops the unwanted ones, keeps every other ACE (Set-ADObject -Replace nTSecurityDescriptor).
# Request: {"template","principal","enroll","autoenroll","read","server"?}. Result: as template-access-read, with "changed".
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-template-access-set/1'

# <include Domain.ps1>
# <include TemplateAccess.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('ActiveDirectory') {
    param($Request)
    return (Invoke-TemplateAccess $Request ([bool]$Request.enroll) ([bool]$Request.autoenroll) ([bool]$Request.read))
}
