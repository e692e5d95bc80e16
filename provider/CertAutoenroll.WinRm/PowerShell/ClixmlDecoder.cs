using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Turns the CLIXML that powershell.exe writes to stderr under WinRS (<c>#&lt; CLIXML</c> then <c>&lt;Objs&gt;</c>)
/// into readable text: only <c>S="Error"</c> strings are kept (progress records are not errors), with the
/// <c>_xHHHH_</c> escapes decoded. Text that is not CLIXML passes through unchanged.
/// </summary>
public static partial class ClixmlDecoder
{
    private const string Marker = "#< CLIXML";
    private static readonly XNamespace PowerShellNamespace = "http://schemas.microsoft.com/powershell/2004/04";

    public static string Decode(string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        if (!stderr.Contains(Marker, StringComparison.Ordinal))
        {
            return stderr;
        }

        var text = new StringBuilder();
        var rest = stderr;
        while (rest.Length > 0)
        {
            var at = rest.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0)
            {
                text.Append(rest);
                break;
            }

            text.Append(rest, 0, at);
            rest = rest[(at + Marker.Length)..].TrimStart('\r', '\n');
            var end = rest.IndexOf("</Objs>", StringComparison.Ordinal);
            var block = end < 0 ? rest : rest[..(end + "</Objs>".Length)];
            rest = end < 0 ? string.Empty : rest[block.Length..].TrimStart('\r', '\n');
            text.Append(DecodeBlock(block));
        }

        return text.ToString().TrimEnd('\r', '\n');
    }

    /// <summary>Decodes the <c>_xHHHH_</c> escapes PowerShell's serializer writes for characters XML cannot carry.</summary>
    public static string DecodeEscapes(string value) =>
        EscapePattern().Replace(value, match => ((char)int.Parse(match.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static string DecodeBlock(string block)
    {
        try
        {
            var objs = XElement.Parse(block);
            var errors = objs.Descendants(PowerShellNamespace + "S")
                .Where(s => string.Equals((string?)s.Attribute("S"), "Error", StringComparison.OrdinalIgnoreCase))
                .Select(s => DecodeEscapes(s.Value));
            return string.Concat(errors);
        }
        catch (XmlException)
        {
            return block;
        }
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapePattern();
}
