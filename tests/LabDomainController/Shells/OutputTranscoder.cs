using System.Text;

namespace LabDomainController.Shells;

/// <summary>
/// Turns pwsh's UTF-8 output into the bytes a Windows console program writes under WinRS: CRLF line ends,
/// encoded in the shell's WINRS_CODEPAGE (437 for pywinrm's default, 65001 for UTF-8).
/// </summary>
internal sealed class OutputTranscoder(int codepage)
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly Encoding _encoding = EncodingFor(codepage);
    private char _previous;

    static OutputTranscoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding EncodingFor(int codepage) =>
        codepage == 65001 ? new UTF8Encoding(false) : Encoding.GetEncoding(codepage);

    public string Decode(ReadOnlySpan<byte> utf8, bool flush)
    {
        var chars = new char[_decoder.GetCharCount(utf8, flush)];
        var count = _decoder.GetChars(utf8, chars, flush);
        return new string(chars, 0, count);
    }

    public byte[] Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c == '\n' && _previous != '\r')
            {
                builder.Append('\r');
            }

            builder.Append(c);
            _previous = c;
        }

        return _encoding.GetBytes(builder.ToString());
    }
}
