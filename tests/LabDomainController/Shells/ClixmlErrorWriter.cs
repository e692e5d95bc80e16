using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LabDomainController.Shells;

/// <summary>
/// Makes pwsh's stderr look like Windows powershell.exe's under WinRS: a <c>#&lt; CLIXML</c> line, then one
/// <c>Objs</c> document with each error line as <c>&lt;S S="Error"&gt;…_x000D__x000A_&lt;/S&gt;</c>.
/// pwsh 7 started with <c>-EncodedCommand</c> already writes CLIXML (errors, progress, warnings); that is passed
/// through with line ends made CRLF (<c>_x000D__x000A_</c>) and terminal colour codes removed. With
/// <c>-Command -</c> pwsh writes plain text, so each line is wrapped here as it arrives and the closing
/// <c>&lt;/Objs&gt;</c> follows when the process closes stderr.
/// </summary>
internal sealed partial class ClixmlErrorWriter
{
    public const string Header = "#< CLIXML\r\n";
    public const string ObjsOpen = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";
    public const string ObjsClose = "</Objs>";

    private readonly StringBuilder _partialLine = new();
    private readonly StringBuilder _undecided = new();
    private readonly StringBuilder _passThrough = new();
    private bool? _isClixml;
    private bool _started;

    /// <summary>Accepts decoded stderr text and returns the CLIXML for the complete lines in it.</summary>
    public string Write(string text)
    {
        if (_isClixml is null)
        {
            _undecided.Append(text);
            var pending = _undecided.ToString();
            if (pending.Length < "#< CLIXML".Length && !pending.Contains('\n', StringComparison.Ordinal))
            {
                return string.Empty;
            }

            _isClixml = pending.StartsWith("#< CLIXML", StringComparison.Ordinal);
            _undecided.Clear();
            text = pending;
        }

        return _isClixml == true ? PassThrough(text, final: false) : Wrap(text);
    }

    private string PassThrough(string text, bool final)
    {
        // Cut only after '>' so an _xHHHH_ escape or colour code is never split between two chunks.
        _passThrough.Append(text);
        var all = _passThrough.ToString();
        var cut = final ? all.Length : all.LastIndexOf('>') + 1;
        _passThrough.Clear().Append(all[cut..]);
        var ready = EscapedAnsi().Replace(all[..cut], string.Empty);
        return LoneLineFeed().Replace(ready, "_x000D__x000A_");
    }

    [GeneratedRegex("_x001B_\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex EscapedAnsi();

    [GeneratedRegex("(?<!_x000D_)_x000A_")]
    private static partial Regex LoneLineFeed();

    private string Wrap(string text)
    {
        var output = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '\n')
            {
                EmitLine(output);
            }
            else if (c != '\r')
            {
                _partialLine.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>Flushes a last unterminated line and closes the document.</summary>
    public string Complete()
    {
        if (_isClixml is null && _undecided.Length > 0)
        {
            _isClixml = false;
            var pending = _undecided.ToString();
            _undecided.Clear();
            return Wrap(pending) + Complete();
        }

        if (_isClixml == true)
        {
            return PassThrough(string.Empty, final: true);
        }

        var output = new StringBuilder();
        if (_partialLine.Length > 0)
        {
            EmitLine(output);
        }

        if (_started)
        {
            output.Append(ObjsClose);
        }

        return output.ToString();
    }

    /// <summary>CLIXML string escaping: XML specials, control characters and a literal <c>_x</c> as <c>_xHHHH_</c>.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '_' when i + 1 < value.Length && value[i + 1] == 'x': builder.Append("_x005F_"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    private void EmitLine(StringBuilder output)
    {
        if (!_started)
        {
            output.Append(Header).Append(ObjsOpen);
            _started = true;
        }

        var line = AnsiEscape().Replace(_partialLine.ToString(), string.Empty);
        _partialLine.Clear();
        output.Append("<S S=\"Error\">").Append(Escape(line)).Append("_x000D__x000A_</S>");
    }
}
