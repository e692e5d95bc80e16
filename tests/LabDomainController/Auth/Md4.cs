using System.Buffers.Binary;

namespace LabDomainController.Auth;

/// <summary>MD4 (RFC 1320). .NET has no MD4 and NTLM's NT hash needs it.</summary>
internal static class Md4
{
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var state = new uint[] { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
        var paddedLength = ((data.Length + 8) / 64 + 1) * 64;
        var message = new byte[paddedLength];
        data.CopyTo(message);
        message[data.Length] = 0x80;
        BinaryPrimitives.WriteUInt64LittleEndian(message.AsSpan(paddedLength - 8), (ulong)data.Length * 8);

        var block = new uint[16];
        for (var offset = 0; offset < paddedLength; offset += 64)
        {
            for (var i = 0; i < 16; i++)
            {
                block[i] = BinaryPrimitives.ReadUInt32LittleEndian(message.AsSpan(offset + (i * 4)));
            }

            ProcessBlock(state, block);
        }

        var digest = new byte[16];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(i * 4), state[i]);
        }

        return digest;
    }

    private static void ProcessBlock(uint[] state, uint[] x)
    {
        uint a = state[0], b = state[1], c = state[2], d = state[3];

        int[] round1Shifts = [3, 7, 11, 19];
        for (var i = 0; i < 16; i++)
        {
            var f = (b & c) | (~b & d);
            (a, b, c, d) = (d, uint.RotateLeft(a + f + x[i], round1Shifts[i % 4]), b, c);
        }

        int[] round2Order = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
        int[] round2Shifts = [3, 5, 9, 13];
        for (var i = 0; i < 16; i++)
        {
            var g = (b & c) | (b & d) | (c & d);
            (a, b, c, d) = (d, uint.RotateLeft(a + g + x[round2Order[i]] + 0x5a827999, round2Shifts[i % 4]), b, c);
        }

        int[] round3Order = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
        int[] round3Shifts = [3, 9, 11, 15];
        for (var i = 0; i < 16; i++)
        {
            var h = b ^ c ^ d;
            (a, b, c, d) = (d, uint.RotateLeft(a + h + x[round3Order[i]] + 0x6ed9eba1, round3Shifts[i % 4]), b, c);
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
    }
}
