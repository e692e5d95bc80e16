namespace LabDomainController.Auth;

/// <summary>A continuing RC4 key stream: NTLM sealing keeps one handle per direction for the whole session.</summary>
internal sealed class Rc4
{
    private readonly byte[] _s = new byte[256];
    private int _i;
    private int _j;

    public Rc4(ReadOnlySpan<byte> key)
    {
        for (var k = 0; k < 256; k++)
        {
            _s[k] = (byte)k;
        }

        var j = 0;
        for (var k = 0; k < 256; k++)
        {
            j = (j + _s[k] + key[k % key.Length]) & 0xff;
            (_s[k], _s[j]) = (_s[j], _s[k]);
        }
    }

    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> input) => new Rc4(key).Transform(input);

    public byte[] Transform(ReadOnlySpan<byte> input)
    {
        var output = new byte[input.Length];
        for (var n = 0; n < input.Length; n++)
        {
            _i = (_i + 1) & 0xff;
            _j = (_j + _s[_i]) & 0xff;
            (_s[_i], _s[_j]) = (_s[_j], _s[_i]);
            output[n] = (byte)(input[n] ^ _s[(_s[_i] + _s[_j]) & 0xff]);
        }

        return output;
    }
}
