# Reads one principal's Enroll, AutoEnroll and Read allow ACEs on a certificate template, and its other ACEs there.
# Request: {"template","principal","server"?}. Result: {"template","templateDn","principal","principalSid",
# "enroll","autoenroll","read","otherAccess":[SDDL ACE strings],"changed":false}.
param([string]$RequestBase64)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ScriptVersion = 'certautoenroll-template-access-read/1'

# <include Domain.ps1>
# <include TemplateAccess.ps1>

Invoke-DomainRequest $RequestBase64 $ScriptVersion @('ActiveDirectory') {
    param($Request)
    $context = Get-TemplateContext ([string]$Request.template) ([string]$Request.principal)
    return (ConvertTo-AccessReply (Read-TemplateAccess $context) $false)
}
