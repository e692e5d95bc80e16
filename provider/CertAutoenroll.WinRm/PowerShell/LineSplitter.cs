using System.Text;

namespace CertAutoenroll.WinRm.PowerShell;

/// <summary>Cuts a byte stream that arrives in arbitrary pieces into UTF-8 lines (LF or CRLF).</summary>
internal sealed class LineSplitter
{
    private readonly List<byte> _partial = [];

    public IReadOnlyList<string> Push(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        foreach (var b in bytes)
        {
            if (b == (byte)'\n')
            {
                var line = Encoding.UTF8.GetString(_partial.ToArray()).TrimEnd('\r');
                _partial.Clear();
                lines.Add(line);
            }
            else
            {
                _partial.Add(b);
            }
        }

        return lines;
    }

    /// <summary>Whatever arrived after the last line break.</summary>
    public string Remainder => Encoding.UTF8.GetString(_partial.ToArray());
}
