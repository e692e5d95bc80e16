using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>
/// Cuts a byte stream that arrives in arbitrary pieces into UTF-8 lines (LF or CRLF). After a gap (output lost on the
/// way) the next line is passed on only when it starts with <paramref name="recordStart"/>: anything else may be the
/// tail of a line whose head was lost.
/// </summary>
internal sealed class LineSplitter(string recordStart = "")
{
    private readonly List<byte> _partial = [];
    private bool _skipToLineEnd;

    public IReadOnlyList<string> Push(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                var line = Encoding.UTF8.GetString(_partial.ToArray()).TrimEnd('\r');
                _partial.Clear();
                if (!_skipToLineEnd || (recordStart.Length > 0 && line.StartsWith(recordStart, StringComparison.Ordinal)))
                {
                    lines.Add(line);
                }

                _skipToLineEnd = false;
            }
            else
            {
                _partial.Add(b);
            }
        }

        return lines;
    }

    /// <summary>
    /// Some output may have been lost (a reply that never arrived): drop the unfinished line, and the next line unless
    /// it starts a record (a whole line written after the gap, such as a replayed reply, must not be lost too).
    /// </summary>
    public void MarkGap()
    {
        _partial.Clear();
        _skipToLineEnd = true;
    }

    /// <summary>Whatever arrived after the last line break.</summary>
    public string Remainder => Encoding.UTF8.GetString(_partial.ToArray());
}
