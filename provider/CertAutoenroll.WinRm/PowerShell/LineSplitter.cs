using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>Cuts a byte stream that arrives in arbitrary pieces into UTF-8 lines (LF or CRLF).</summary>
internal sealed class LineSplitter
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
                if (!_skipToLineEnd)
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
    /// Some output was lost (a reply that never arrived): drop the unfinished line and the start of the next piece up
    /// to its first line break, which may be the tail of a line whose head was lost.
    /// </summary>
    public void MarkGap()
    {
        _partial.Clear();
        _skipToLineEnd = true;
    }

    /// <summary>Whatever arrived after the last line break.</summary>
    public string Remainder => Encoding.UTF8.GetString(_partial.ToArray());
}
