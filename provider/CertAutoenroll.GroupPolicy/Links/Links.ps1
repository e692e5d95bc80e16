# Shared by link-read.ps1, link-set.ps1 and link-remove.ps1 (spliced in after Domain.ps1).

$GpLinkPattern = '\[LDAP://cn=(\{[0-9A-Fa-f-]{36}\}),[^;\]]*;(\d+)\]'

function Get-LinkTarget([string]$Target) {
    $arguments = Get-AdArguments
    try {
        return Get-ADObject -Identity $Target -Properties gPLink @arguments
    } catch {
        if (Test-ExceptionType $_ $IdentityNotFoundType) {
            throw (New-Failure 'targetNotFound' ("No domain, OU or site has the distinguished name '" + $Target + "'; give the DN of an existing container."))
        }
        throw
    }
}

function Test-SiteTarget($TargetObject) {
    return [string]$TargetObject.ObjectClass -eq 'site'
}

function Read-SiteLinks($TargetObject) {
    # Get-GPInheritance answers for domains and OUs only; a site's links are read from its gPLink,
    # whose last entry has link order 1. Flags: 1 = link disabled, 2 = enforced (MS-GPOL 2.2.2).
    $found = [regex]::Matches([string]$TargetObject.gPLink, $GpLinkPattern, [System.Text.RegularExpressions.RegexOptions]::IgnoreCase)
    $links = @()
    $count = $found.Count
    for ($i = 0; $i -lt $count; $i++) {
        $flags = [int]$found[$i].Groups[2].Value
        $links += ,@{
            GpoId = [guid]$found[$i].Groups[1].Value
            DisplayName = ''
            Enabled = (($flags -band 1) -eq 0)
            Enforced = (($flags -band 2) -ne 0)
            Target = [string]$TargetObject.DistinguishedName
            Order = $count - $i
        }
    }
    return ,$links
}

function Read-LinkState($Gpo, $TargetObject) {
    if (Test-SiteTarget $TargetObject) {
        $links = Read-SiteLinks $TargetObject
    } else {
        $arguments = Get-GpArguments
        $links = @((Get-GPInheritance -Target ([string]$TargetObject.DistinguishedName) @arguments).GpoLinks)
    }
    $state = @{ found = $false; linkCount = $links.Count }
    foreach ($link in $links) {
        if ([guid]$link.GpoId -eq $Gpo.Id) {
            $state.found = $true
            $state.link = @{
                gpoId = Format-GpoId $Gpo.Id
                gpoName = [string]$Gpo.DisplayName
                target = [string]$TargetObject.DistinguishedName
                enabled = [bool]$link.Enabled
                enforced = [bool]$link.Enforced
                order = [int]$link.Order
            }
        }
    }
    return $state
}

function ConvertTo-YesNo([bool]$Value) {
    if ($Value) { return 'Yes' }
    return 'No'
}

function Assert-Order($Order, [int]$Highest) {
    if ([int]$Order -lt 1 -or [int]$Order -gt $Highest) {
        throw (New-Failure 'invalidRequest' ('order ' + [string]$Order + ' is out of range: this target takes link orders 1 to ' + $Highest.ToString() + '.'))
    }
}
