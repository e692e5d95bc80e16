using System.DirectoryServices;
using System.Security.AccessControl;
using System.Text;
using LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Security;

/// <summary>
/// The lab's <c>nTSecurityDescriptor</c> value, with the members scripts use on Windows' ActiveDirectorySecurity:
/// <c>GetSecurityDescriptorSddlForm</c>, <c>SetSecurityDescriptorSddlForm</c>, <c>Access</c>, <c>Owner</c>,
/// <c>Group</c>, <c>Sddl</c>, <c>AreAccessRulesProtected</c>. (pwsh on Linux cannot build the real type.)
/// </summary>
public sealed class LabActiveDirectorySecurity
{
    private string _owner;
    private string _group;
    private string _daclFlags;
    private List<SddlAce> _aces;

    internal LabActiveDirectorySecurity(string sddl, Func<string, string?> accountName)
    {
        AccountName = accountName;
        (_owner, _group, _daclFlags, _aces) = Parse(sddl, AccessControlSections.All);
    }

    public string Owner => Name(_owner);

    public string Group => Name(_group);

    public bool AreAccessRulesProtected => _daclFlags.Contains('P', StringComparison.Ordinal);

    public string Sddl => GetSecurityDescriptorSddlForm(AccessControlSections.All);

    /// <summary>The DACL's rules, as <c>$sd.Access</c> lists them on Windows.</summary>
    public IReadOnlyList<LabAccessRule> Access => _aces.Select(a => new LabAccessRule(a, Name(a.Sid))).ToList();

    internal Func<string, string?> AccountName { get; }

    internal string OwnerSid => _owner;

    internal IReadOnlyList<SddlAce> Aces => _aces;

    /// <summary>Replaces the DACL's ACEs, keeping its flags.</summary>
    internal void ReplaceAces(IEnumerable<SddlAce> aces) => _aces = aces.ToList();

    public string GetSecurityDescriptorSddlForm(AccessControlSections includeSections)
    {
        var text = new StringBuilder();
        if ((includeSections & AccessControlSections.Owner) != 0)
        {
            text.Append("O:").Append(SddlAliases.ToTrustee(_owner));
        }

        if ((includeSections & AccessControlSections.Group) != 0)
        {
            text.Append("G:").Append(SddlAliases.ToTrustee(_group));
        }

        if ((includeSections & AccessControlSections.Access) != 0)
        {
            text.Append("D:").Append(_daclFlags);
            foreach (var ace in _aces)
            {
                text.Append(ace);
            }
        }

        return text.ToString();
    }

    public void SetSecurityDescriptorSddlForm(string sddlForm) => SetSecurityDescriptorSddlForm(sddlForm, AccessControlSections.All);

    /// <summary>Replaces the named sections with those of <paramref name="sddlForm"/>; malformed SDDL is an ArgumentException.</summary>
    public void SetSecurityDescriptorSddlForm(string sddlForm, AccessControlSections includeSections)
    {
        ArgumentNullException.ThrowIfNull(sddlForm);
        var (owner, group, flags, aces) = Parse(sddlForm, includeSections);
        if ((includeSections & AccessControlSections.Owner) != 0 && owner.Length > 0)
        {
            _owner = owner;
        }

        if ((includeSections & AccessControlSections.Group) != 0 && group.Length > 0)
        {
            _group = group;
        }

        if ((includeSections & AccessControlSections.Access) != 0)
        {
            _daclFlags = flags;
            _aces = aces;
        }
    }

    public override string ToString() => "System.DirectoryServices.ActiveDirectorySecurity";

    internal string ToStoredSddl() => GetSecurityDescriptorSddlForm(AccessControlSections.All);

    private string Name(string sid) => AccountName(sid) ?? SddlAliases.WellKnownName(sid) ?? sid;

    private static (string Owner, string Group, string Flags, List<SddlAce> Aces) Parse(string sddl, AccessControlSections sections)
    {
        string owner = string.Empty, group = string.Empty, flags = string.Empty;
        var aces = new List<SddlAce>();
        var i = 0;
        var sawDacl = false;
        while (i < sddl.Length)
        {
            if (i + 1 >= sddl.Length || sddl[i + 1] != ':')
            {
                throw Invalid(sddl);
            }

            var section = char.ToUpperInvariant(sddl[i]);
            i += 2;
            var end = NextSection(sddl, i);
            var body = sddl[i..end];
            i = end;
            switch (section)
            {
                case 'O':
                    owner = SddlAliases.ToSid(body) ?? throw Invalid(sddl);
                    break;
                case 'G':
                    group = SddlAliases.ToSid(body) ?? throw Invalid(sddl);
                    break;
                case 'D':
                    sawDacl = true;
                    var open = body.IndexOf('(', StringComparison.Ordinal);
                    flags = (open < 0 ? body : body[..open]).ToUpperInvariant();
                    if (flags.Any(c => c is not 'P' and not 'A' and not 'I' and not 'R'))
                    {
                        throw Invalid(sddl);
                    }

                    if (open >= 0)
                    {
                        aces = ParseAces(body[open..], sddl);
                    }

                    break;
                case 'S':
                    break; // the SACL is not modelled; reading it needs privileges a script does not ask for
                default:
                    throw Invalid(sddl);
            }
        }

        if ((sections & AccessControlSections.Access) != 0 && !sawDacl)
        {
            throw Invalid(sddl);
        }

        return (owner, group, flags, aces);
    }

    private static int NextSection(string sddl, int start)
    {
        var depth = 0;
        for (var i = start; i < sddl.Length; i++)
        {
            if (sddl[i] == '(')
            {
                depth++;
            }
            else if (sddl[i] == ')')
            {
                depth--;
            }
            else if (depth == 0 && i + 1 < sddl.Length && sddl[i + 1] == ':' && "OGDS".Contains(char.ToUpperInvariant(sddl[i]), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return sddl.Length;
    }

    private static List<SddlAce> ParseAces(string text, string sddl)
    {
        var aces = new List<SddlAce>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '(')
            {
                throw Invalid(sddl);
            }

            var close = text.IndexOf(')', i);
            if (close < 0)
            {
                throw Invalid(sddl);
            }

            aces.Add(SddlAce.Parse(text[(i + 1)..close]));
            i = close + 1;
        }

        return aces;
    }

    private static ArgumentException Invalid(string sddl) =>
        new($"The SDDL form of a security descriptor object is invalid: '{sddl}'.", "sddlForm");
}

/// <summary>One rule of <see cref="LabActiveDirectorySecurity.Access"/>, with the members of ActiveDirectoryAccessRule.</summary>
public sealed class LabAccessRule
{
    internal LabAccessRule(SddlAce ace, string account)
    {
        IdentityReference = new LabIdentityReference(account);
        ActiveDirectoryRights = (ActiveDirectoryRights)ace.Rights;
        AccessControlType = ace.Type is "A" or "OA" ? AccessControlType.Allow : AccessControlType.Deny;
        ObjectType = ace.ObjectType ?? Guid.Empty;
        InheritedObjectType = ace.InheritedObjectType ?? Guid.Empty;
        ObjectFlags = (ace.ObjectType is null ? ObjectAceFlags.None : ObjectAceFlags.ObjectAceTypePresent)
            | (ace.InheritedObjectType is null ? ObjectAceFlags.None : ObjectAceFlags.InheritedObjectAceTypePresent);
        IsInherited = ace.IsInherited;
        InheritanceFlags = ace.Flags.Contains("CI", StringComparison.Ordinal) ? InheritanceFlags.ContainerInherit : InheritanceFlags.None;
        PropagationFlags = (ace.Flags.Contains("NP", StringComparison.Ordinal) ? PropagationFlags.NoPropagateInherit : PropagationFlags.None)
            | (ace.Flags.Contains("IO", StringComparison.Ordinal) ? PropagationFlags.InheritOnly : PropagationFlags.None);
        InheritanceType = InheritanceFlags == InheritanceFlags.None ? ActiveDirectorySecurityInheritance.None : ActiveDirectorySecurityInheritance.All;
    }

    public LabIdentityReference IdentityReference { get; }

    public ActiveDirectoryRights ActiveDirectoryRights { get; }

    public AccessControlType AccessControlType { get; }

    public Guid ObjectType { get; }

    public Guid InheritedObjectType { get; }

    public ObjectAceFlags ObjectFlags { get; }

    public bool IsInherited { get; }

    public InheritanceFlags InheritanceFlags { get; }

    public PropagationFlags PropagationFlags { get; }

    public ActiveDirectorySecurityInheritance InheritanceType { get; }
}

/// <summary>An NTAccount as Windows' Access rules show it: <c>LAB\Domain Users</c>, or the SID when it has no name.</summary>
public sealed class LabIdentityReference(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}
