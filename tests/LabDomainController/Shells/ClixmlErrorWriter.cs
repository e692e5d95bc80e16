using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LabDomainController.Shells;

/// <summary>
/// Re-creates what Windows powershell.exe writes to stderr under WinRS: a <c>#&lt; CLIXML</c> line, then one
/// <c>Objs</c> document with each error line as <c>&lt;S S="Error"&gt;…_x000D__x000A_&lt;/S&gt;</c>.
/// pwsh 7 writes plain text on a redirected stderr, so its lines are wrapped here as they arrive; the
/// closing <c>&lt;/Objs&gt;</c> follows when the process closes stderr.
/// </summary>
internal sealed partial class ClixmlErrorWriter
{
    public const string Header = "#< CLIXML\r\n";
    public const string ObjsOpen = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";
    public const string ObjsClose = "</Objs>";

    private readonly StringBuilder _partialLine = new();
    private bool _started;

    /// <summary>Accepts decoded stderr text and returns the CLIXML for the complete lines in it.</summary>
    public string Write(string text)
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
