using System.Buffers.Binary;
using System.Text;

namespace CertAutoenroll.Provider.Tests.Infrastructure;

/// <summary>The NTLM password hash (MD4 of the UTF-16LE password), to look for it in captured output. .NET has no MD4.</summary>
internal static class NtHash
{
    public static string Hex(string password) => Convert.ToHexString(Md4(Encoding.Unicode.GetBytes(password)));

    private static byte[] Md4(byte[] input)
    {
        var length = ((input.Length + 8) / 64 + 1) * 64;
        var message = new byte[length];
        input.CopyTo(message, 0);
        message[input.Length] = 0x80;
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(length - 8), (ulong)input.Length * 8);

        uint a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
        var x = new uint[16];
        for (var block = 0; block < length; block += 64)
        {
            for (var i = 0; i < 16; i++)
            {
                x[i] = BinaryPrimitives.ReadUInt32LittleEndian(message.AsSpan(block + (i * 4)));
            }

            uint aa = a, bb = b, cc = c, dd = d;
            int[] s1 = [3, 7, 11, 19], s2 = [3, 5, 9, 13], s3 = [3, 9, 11, 15];
            for (var i = 0; i < 16; i++)
            {
                var t = a + ((b & c) | (~b & d)) + x[i];
                (a, b, c, d) = (d, uint.RotateLeft(t, s1[i % 4]), b, c);
            }

            for (var i = 0; i < 16; i++)
            {
                var k = (i % 4 * 4) + (i / 4);
                var t = a + ((b & c) | (b & d) | (c & d)) + x[k] + 0x5a827999;
                (a, b, c, d) = (d, uint.RotateLeft(t, s2[i % 4]), b, c);
            }

            int[] order = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
            for (var i = 0; i < 16; i++)
            {
                var t = a + (b ^ c ^ d) + x[order[i]] + 0x6ed9eba1;
                (a, b, c, d) = (d, uint.RotateLeft(t, s3[i % 4]), b, c);
            }

            a += aa;
            b += bb;
            c += cc;
            d += dd;
        }

        var digest = new byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(digest, a);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(4), b);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(8), c);
        BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(12), d);
        return digest;
    }
}
