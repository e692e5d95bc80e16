using System.Text;

namespace LabDomainController.GroupPolicyModule.ActiveDirectory.Store;

/// <summary>RFC 4514 distinguished names: split into RDNs, compared case-insensitively as AD does.</summary>
internal static class DistinguishedNames
{
    /// <summary>A comparison key ("ou=staff,dc=lab,dc=test"), or null when the text is no DN.</summary>
    public static string? Canonical(string? dn)
    {
        if (string.IsNullOrWhiteSpace(dn))
        {
            return null;
        }

        var parts = Split(dn);
        if (parts is null)
        {
            return null;
        }

        var key = new StringBuilder();
        foreach (var part in parts)
        {
            var equals = IndexOfUnescaped(part, '=');
            if (equals <= 0 || equals == part.Length - 1)
            {
                return null;
            }

            var type = part[..equals].Trim();
            var value = Unescape(TrimUnescaped(part[(equals + 1)..]));
            if (type.Length == 0 || !type.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || value is null)
            {
                return null;
            }

            if (key.Length > 0)
            {
                key.Append(',');
            }

            key.Append(type.ToUpperInvariant()).Append('=').Append(Escape(value).ToUpperInvariant());
        }

        return key.ToString();
    }

    public static bool AreEqual(string? left, string? right) =>
        Canonical(left) is { } l && string.Equals(l, Canonical(right), StringComparison.Ordinal);

    /// <summary>The parent DN ("DC=lab,DC=test" for "OU=Staff,DC=lab,DC=test"), or null at the top.</summary>
    public static string? Parent(string dn)
    {
        var parts = Split(dn);
        return parts is null || parts.Count < 2 ? null : string.Join(',', parts.Skip(1));
    }

    /// <summary>The value of the first RDN, unescaped ("Staff" for "OU=Staff,…").</summary>
    public static string? FirstValue(string dn)
    {
        var parts = Split(dn);
        if (parts is null || parts.Count == 0)
        {
            return null;
        }

        var equals = IndexOfUnescaped(parts[0], '=');
        return equals < 0 ? null : Unescape(TrimUnescaped(parts[0][(equals + 1)..]));
    }

    public static string Escape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ("\\,+\"<>;=".Contains(c, StringComparison.Ordinal) || (i == 0 && (c == '#' || c == ' ')) || (i == value.Length - 1 && c == ' '))
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>Trims the spaces around a value, but not an escaped trailing space ("#1\ ").</summary>
    private static string TrimUnescaped(string value)
    {
        var text = value.TrimStart();
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ' && !(end >= 2 && text[end - 2] == '\\'))
        {
            end--;
        }

        return text[..end];
    }

    private static List<string>? Split(string dn)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < dn.Length; i++)
        {
            if (dn[i] == '\\')
            {
                if (i + 1 >= dn.Length)
                {
                    return null;
                }

                current.Append(dn[i]).Append(dn[i + 1]);
                i++;
            }
            else if (dn[i] == ',')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(dn[i]);
            }
        }

        parts.Add(current.ToString());
        return parts.Any(p => p.Trim().Length == 0) ? null : parts;
    }

    private static int IndexOfUnescaped(string text, char wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                if ("\"+;<>".Contains(value[i], StringComparison.Ordinal) || (value[i] == '=' ))
                {
                    return null; // special characters must be escaped
                }

                text.Append(value[i]);
                continue;
            }

            if (i + 1 >= value.Length)
            {
                return null;
            }

            if (i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                text.Append((char)Convert.ToInt32(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                text.Append(value[i + 1]);
                i++;
            }
        }

        return text.ToString();
    }
}
