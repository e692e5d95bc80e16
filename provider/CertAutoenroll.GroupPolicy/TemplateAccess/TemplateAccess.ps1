# Shared by the template-access scripts (spliced in after Domain.ps1).
# Works on the SDDL text of the template's DACL and on SIDs from cmdlet outputs, never on Windows
# security types (SecurityIdentifier, NTAccount.Translate, RawSecurityDescriptor): the same script then
# runs on a DC and in the lab, where those types are not supported.

$EnrollRight = '0e10c968-78fb-11d2-90d4-00c04f79dc55'
$AutoEnrollRight = 'a05b8cc2-17bc-4802-a710-e7c15ab866a2'
$ControlAccessMask = 0x100 # CR, ADS_RIGHT_DS_CONTROL_ACCESS
$ReadMask = 0x20094 # RPLCLORC: read property, list children, list object, read control (generic read on a DS object)
$SidPattern = '^S-1-[0-9]+(-[0-9]+)+$'

# SDDL access-right aliases (MS-DTYP 2.5.1.1) and their masks.
$RightAliases = @{
    'CC' = 0x1; 'DC' = 0x2; 'LC' = 0x4; 'SW' = 0x8; 'RP' = 0x10; 'WP' = 0x20; 'DT' = 0x40; 'LO' = 0x80; 'CR' = 0x100
    'SD' = 0x10000; 'RC' = 0x20000; 'WD' = 0x40000; 'WO' = 0x80000
    'GA' = 0x10000000; 'GX' = 0x20000000; 'GW' = 0x40000000; 'GR' = 0x80000000
    'FA' = 0x1F01FF; 'FR' = 0x120089; 'FW' = 0x120116; 'FX' = 0x1200A0
    'KA' = 0xF003F; 'KR' = 0x20019; 'KW' = 0x20006; 'KX' = 0x20019
}

# SDDL SID aliases (MS-DTYP 2.5.1.1): relative ids of the domain, and fixed SIDs.
$DomainRidAliases = @{
    'LA' = 500; 'LG' = 501; 'DA' = 512; 'DU' = 513; 'DG' = 514; 'DC' = 515; 'DD' = 516; 'CA' = 517
    'SA' = 518; 'EA' = 519; 'PA' = 520; 'CN' = 522; 'AP' = 525; 'KA' = 526; 'EK' = 527; 'RS' = 553; 'RO' = 498
}
$FixedSidAliases = @{
    'WD' = 'S-1-1-0'; 'CO' = 'S-1-3-0'; 'CG' = 'S-1-3-1'; 'OW' = 'S-1-3-4'; 'NU' = 'S-1-5-2'; 'IU' = 'S-1-5-4'
    'SU' = 'S-1-5-6'; 'AN' = 'S-1-5-7'; 'ED' = 'S-1-5-9'; 'PS' = 'S-1-5-10'; 'AU' = 'S-1-5-11'; 'RC' = 'S-1-5-12'
    'SY' = 'S-1-5-18'; 'LS' = 'S-1-5-19'; 'NS' = 'S-1-5-20'; 'BA' = 'S-1-5-32-544'; 'BU' = 'S-1-5-32-545'
    'BG' = 'S-1-5-32-546'; 'PU' = 'S-1-5-32-547'; 'AO' = 'S-1-5-32-548'; 'SO' = 'S-1-5-32-549'; 'PO' = 'S-1-5-32-550'
    'BO' = 'S-1-5-32-551'; 'RE' = 'S-1-5-32-552'; 'RU' = 'S-1-5-32-554'; 'RD' = 'S-1-5-32-555'; 'NO' = 'S-1-5-32-556'
}

function ConvertTo-DnValue([string]$Value) {
    # RFC 4514 escaping of one RDN value.
    $escaped = New-Object System.Text.StringBuilder
    for ($i = 0; $i -lt $Value.Length; $i++) {
        $c = $Value[$i]
        if ('\,+"<>;='.IndexOf($c) -ge 0 -or ($i -eq 0 -and ($c -eq '#' -or $c -eq ' ')) -or ($i -eq $Value.Length - 1 -and $c -eq ' ')) {
            [void]$escaped.Append('\')
        }
        [void]$escaped.Append($c)
    }
    return $escaped.ToString()
}

function Get-TemplateObject([string]$Template) {
    $arguments = Get-AdArguments
    $root = Get-ADRootDSE @arguments
    $dn = 'CN=' + (ConvertTo-DnValue $Template) + ',CN=Certificate Templates,CN=Public Key Services,CN=Services,' + [string]$root.configurationNamingContext
    $notFound = "No certificate template has the cn '" + $Template + "' (looked for " + $dn + "); give the template's cn, e.g. 'User' or 'Machine', not its display name."
    try {
        $object = Get-ADObject -Identity $dn -Properties nTSecurityDescriptor @arguments
    } catch {
        if (Test-ExceptionType $_ $IdentityNotFoundType) { throw (New-Failure 'templateNotFound' $notFound) }
        throw
    }
    if (-not (Test-SameName ([string]$object.ObjectClass) 'pKICertificateTemplate')) { throw (New-Failure 'templateNotFound' $notFound) }
    return $object
}

function Find-Principal([string]$Kind, [string]$Identity) {
    $arguments = Get-AdArguments
    try {
        if ($Kind -eq 'group') { return Get-ADGroup -Identity $Identity @arguments }
        if ($Kind -eq 'user') { return Get-ADUser -Identity $Identity @arguments }
        return Get-ADComputer -Identity $Identity @arguments
    } catch {
        if (Test-ExceptionType $_ $IdentityNotFoundType) { return $null }
        throw
    }
}

function ConvertTo-LdapFilterValue([string]$Value) {
    # RFC 4515 escaping of an assertion value.
    $escaped = New-Object System.Text.StringBuilder
    foreach ($c in $Value.ToCharArray()) {
        if ($c -eq '\' -or $c -eq '*' -or $c -eq '(' -or $c -eq ')' -or [int]$c -eq 0) {
            [void]$escaped.Append('\' + ([int]$c).ToString('x2'))
        } else {
            [void]$escaped.Append($c)
        }
    }
    return $escaped.ToString()
}

function Resolve-Principal([string]$Principal, $Domain) {
    $arguments = Get-AdArguments
    $found = $null
    if ($Principal -match $SidPattern) {
        foreach ($kind in @('group', 'user', 'computer')) {
            if ($null -eq $found) { $found = Find-Principal $kind $Principal }
        }
    } elseif ($Principal.Contains('\')) {
        $slash = $Principal.IndexOf('\')
        $domainPart = $Principal.Substring(0, $slash)
        $name = $Principal.Substring($slash + 1)
        if (-not ((Test-SameName $domainPart ([string]$Domain.NetBIOSName)) -or (Test-SameName $domainPart ([string]$Domain.DNSRoot)))) {
            throw (New-Failure 'principalNotFound' ("The principal '" + $Principal + "' is not in the domain " + [string]$Domain.NetBIOSName + ' (' + [string]$Domain.DNSRoot + '); give a principal of this domain, or its SID.'))
        }
        foreach ($kind in @('group', 'user', 'computer')) {
            if ($null -eq $found -and $name.Length -gt 0) { $found = Find-Principal $kind $name }
        }
    } elseif ($Principal.Contains('@')) {
        $filter = '(userPrincipalName=' + (ConvertTo-LdapFilterValue $Principal) + ')'
        $accounts = @(Get-ADUser -LDAPFilter $filter @arguments)
        if ($accounts.Count -eq 0) { $accounts = @(Get-ADComputer -LDAPFilter $filter @arguments) }
        if ($accounts.Count -gt 1) { throw (New-Failure 'principalNotFound' ("Several accounts have the UPN '" + $Principal + "'; give DOMAIN\name or the SID instead.")) }
        if ($accounts.Count -eq 1) { $found = $accounts[0] }
    } else {
        throw (New-Failure 'invalidRequest' ("principal '" + $Principal + "' is not DOMAIN\name, a UPN (name@domain) or a SID (S-1-5-...)."))
    }
    if ($null -eq $found) {
        throw (New-Failure 'principalNotFound' ("No user, group or computer of " + [string]$Domain.DNSRoot + " matches the principal '" + $Principal + "'."))
    }
    return $found
}

function Split-Dacl([string]$Sddl) {
    # 'D:PAI(A;;...)(OA;;...)' -> prefix 'D:PAI' and the ACE strings in order (conditional ACEs nest parentheses).
    $open = $Sddl.IndexOf('(')
    if ($open -lt 0) { return @{ prefix = $Sddl; aces = @() } }
    $aces = @()
    $depth = 0
    $start = $open
    for ($i = $open; $i -lt $Sddl.Length; $i++) {
        if ($Sddl[$i] -eq '(') {
            if ($depth -eq 0) { $start = $i }
            $depth++
        } elseif ($Sddl[$i] -eq ')') {
            $depth--
            if ($depth -eq 0) { $aces += ,$Sddl.Substring($start, $i - $start + 1) }
        }
    }
    return @{ prefix = $Sddl.Substring(0, $open); aces = $aces }
}

function ConvertTo-RightsMask([string]$Rights) {
    if ($Rights.StartsWith('0x', [System.StringComparison]::OrdinalIgnoreCase)) {
        return [System.Convert]::ToInt64($Rights.Substring(2), 16)
    }
    $mask = [int64]0
    for ($i = 0; $i + 1 -lt $Rights.Length; $i += 2) {
        $alias = $Rights.Substring($i, 2).ToUpperInvariant()
        if (-not $RightAliases.ContainsKey($alias)) { return [int64]-1 }
        $mask = $mask -bor [int64]$RightAliases[$alias]
    }
    return $mask
}

function ConvertTo-FullSid([string]$Trustee, [string]$DomainSid) {
    $upper = $Trustee.ToUpperInvariant()
    if ($DomainRidAliases.ContainsKey($upper)) { return $DomainSid + '-' + $DomainRidAliases[$upper].ToString() }
    if ($FixedSidAliases.ContainsKey($upper)) { return $FixedSidAliases[$upper] }
    return $upper
}

function Read-Ace([string]$Ace, [string]$DomainSid) {
    $fields = $Ace.Substring(1, $Ace.Length - 2).Split(';')
    if ($fields.Count -lt 6) { return $null }
    return @{
        text = $Ace
        type = $fields[0].ToUpperInvariant()
        flags = $fields[1].ToUpperInvariant()
        mask = ConvertTo-RightsMask $fields[2]
        objectType = $fields[3].ToLowerInvariant()
        inheritedObjectType = $fields[4].ToLowerInvariant()
        sid = ConvertTo-FullSid $fields[5] $DomainSid
        conditional = ($fields.Count -gt 6)
    }
}

function Get-ManagedRight($Ace) {
    # Which managed right an ACE is exactly: 'enroll', 'autoenroll', 'read', or '' for any other ACE.
    if ($null -eq $Ace -or $Ace.conditional -or $Ace.flags -ne '' -or $Ace.inheritedObjectType -ne '') { return '' }
    if ($Ace.type -eq 'OA' -and $Ace.mask -eq $ControlAccessMask) {
        if ($Ace.objectType -eq $EnrollRight) { return 'enroll' }
        if ($Ace.objectType -eq $AutoEnrollRight) { return 'autoenroll' }
    }
    if ($Ace.type -eq 'A' -and $Ace.mask -eq $ReadMask -and $Ace.objectType -eq '') { return 'read' }
    return ''
}

function Get-TemplateContext([string]$Template, [string]$Principal) {
    $arguments = Get-AdArguments
    $domain = Get-ADDomain @arguments
    $object = Get-TemplateObject $Template
    $account = Resolve-Principal $Principal $domain
    return @{
        template = $Template
        object = $object
        domainSid = [string]$domain.DomainSID.Value
        principalSid = ([string]$account.SID.Value).ToUpperInvariant()
        principal = [string]$domain.NetBIOSName + '\' + [string]$account.SamAccountName
    }
}

function Read-TemplateAccess($Context) {
    $sddl = $Context.object.nTSecurityDescriptor.GetSecurityDescriptorSddlForm([System.Security.AccessControl.AccessControlSections]::Access)
    $dacl = Split-Dacl $sddl
    $state = @{ enroll = $false; autoenroll = $false; read = $false }
    $other = @()
    foreach ($text in $dacl.aces) {
        $ace = Read-Ace $text $Context.domainSid
        if ($null -eq $ace -or $ace.sid -ne $Context.principalSid) { continue }
        $right = Get-ManagedRight $ace
        if ($right -ne '') { $state[$right] = $true } else { $other += ,$text }
    }
    return @{
        template = $Context.template
        templateDn = [string]$Context.object.DistinguishedName
        principal = $Context.principal
        principalSid = $Context.principalSid
        enroll = $state.enroll
        autoenroll = $state.autoenroll
        read = $state.read
        otherAccess = $other
        sddl = $sddl
        dacl = $dacl
    }
}

function Set-TemplateAccess($Context, [bool]$Enroll, [bool]$Autoenroll, [bool]$Read) {
    # Adds the wanted managed ACEs that are missing and drops the unwanted ones; every other ACE keeps its place.
    $before = Read-TemplateAccess $Context
    $wanted = @{ enroll = $Enroll; autoenroll = $Autoenroll; read = $Read }
    $kept = @()
    $firstInherited = -1
    $changed = $false
    foreach ($text in $before.dacl.aces) {
        $ace = Read-Ace $text $Context.domainSid
        if ($null -ne $ace -and $ace.sid -eq $Context.principalSid) {
            $right = Get-ManagedRight $ace
            if ($right -ne '' -and -not $wanted[$right]) { $changed = $true; continue }
        }
        if ($firstInherited -lt 0 -and $null -ne $ace -and $ace.flags.Contains('ID')) { $firstInherited = $kept.Count }
        $kept += ,$text
    }
    $added = @()
    $sid = $Context.principalSid
    if ($Enroll -and -not $before.enroll) { $added += ,('(OA;;CR;' + $EnrollRight + ';;' + $sid + ')') }
    if ($Autoenroll -and -not $before.autoenroll) { $added += ,('(OA;;CR;' + $AutoEnrollRight + ';;' + $sid + ')') }
    if ($Read -and -not $before.read) { $added += ,('(A;;RPLCLORC;;;' + $sid + ')') }
    if ($added.Count -gt 0) { $changed = $true }
    if (-not $changed) { return $false }
    # Explicit ACEs come before inherited ones (canonical order): new allow ACEs go last among the explicit.
    if ($firstInherited -lt 0) { $aces = @($kept) + @($added) }
    elseif ($firstInherited -eq 0) { $aces = @($added) + @($kept) }
    else { $aces = @($kept[0..($firstInherited - 1)]) + @($added) + @($kept[$firstInherited..($kept.Count - 1)]) }
    $descriptor = $Context.object.nTSecurityDescriptor
    $descriptor.SetSecurityDescriptorSddlForm($before.dacl.prefix + ($aces -join ''), [System.Security.AccessControl.AccessControlSections]::Access)
    $arguments = Get-AdArguments
    Set-ADObject -Identity ([string]$Context.object.DistinguishedName) -Replace @{ nTSecurityDescriptor = $descriptor } @arguments
    return $true
}

function ConvertTo-AccessReply($Access, [bool]$Changed) {
    return @{
        template = $Access.template
        templateDn = $Access.templateDn
        principal = $Access.principal
        principalSid = $Access.principalSid
        enroll = $Access.enroll
        autoenroll = $Access.autoenroll
        read = $Access.read
        otherAccess = @($Access.otherAccess)
        changed = $Changed
    }
}

function Invoke-TemplateAccess($Request, [bool]$Enroll, [bool]$Autoenroll, [bool]$Read) {
    $context = Get-TemplateContext ([string]$Request.template) ([string]$Request.principal)
    $changed = Set-TemplateAccess $context $Enroll $Autoenroll $Read
    if ($changed) { $context = Get-TemplateContext ([string]$Request.template) ([string]$Request.principal) }
    return (ConvertTo-AccessReply (Read-TemplateAccess $context) $changed)
}
