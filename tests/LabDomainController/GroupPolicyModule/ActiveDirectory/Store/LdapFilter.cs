using System.Text;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>An equality (or presence) LDAP filter <c>(attribute=value)</c> with RFC 4515 escapes.</summary>
internal readonly record struct LdapFilter(string Attribute, string? Value)
{
    public static LdapFilter? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 4 || trimmed[0] != '(' || trimmed[^1] != ')')
        {
            return null;
        }

        var body = trimmed[1..^1];
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || body.IndexOfAny(['(', ')', '&', '|', '!']) == 0 || body[..equals].Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            return null;
        }

        var raw = body[(equals + 1)..];
        if (raw == "*")
        {
            return new LdapFilter(body[..equals], null);
        }

        var value = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] is '(' or ')' or '*')
            {
                return null; // unescaped specials: substring filters are not modelled
            }

            if (raw[i] == '\\')
            {
                if (i + 2 >= raw.Length || !Uri.IsHexDigit(raw[i + 1]) || !Uri.IsHexDigit(raw[i + 2]))
                {
                    return null;
                }

                value.Append((char)Convert.ToInt32(raw.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                value.Append(raw[i]);
            }
        }

        return new LdapFilter(body[..equals], value.ToString());
    }

    public bool Matches(AdEntry entry)
    {
        var actual = Attribute.ToUpperInvariant() switch
        {
            "OBJECTCLASS" => entry.ObjectClass,
            "NAME" or "CN" or "OU" => entry.Name,
            "SAMACCOUNTNAME" => entry.SamAccountName,
            "USERPRINCIPALNAME" => entry.UserPrincipalName,
            "OBJECTSID" => entry.Sid,
            "DISTINGUISHEDNAME" => entry.DistinguishedName,
            "DISPLAYNAME" => entry.DisplayName,
            "DNSHOSTNAME" => entry.DnsHostName,
            _ => null,
        };
        return Value is null ? actual is not null : actual is not null && string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase);
    }
}
