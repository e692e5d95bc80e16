using System.Buffers.Binary;
using System.Text;

namespace CertAutoenroll.WinRm.Tests.Infrastructure;

/// <summary>An NTLM CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2) with the flags and AV pairs managed NTLM requires.</summary>
internal static class NtlmChallenge
{
    private const uint Flags = 0x1 | 0x4 | 0x10 | 0x20 | 0x200 | 0x8000 | 0x10000 | 0x80000 | 0x800000 | 0x2000000 | 0x20000000 | 0x40000000 | 0x80000000;

    public static string Base64 { get; } = Convert.ToBase64String(Build());

    private static byte[] Build()
    {
        var targetName = Encoding.Unicode.GetBytes("LAB");
        var targetInfo = new List<byte>();
        AddPair(targetInfo, 2, "LAB");
        AddPair(targetInfo, 1, "DC01");
        AddPair(targetInfo, 4, "lab.test");
        AddPair(targetInfo, 3, "dc01.lab.test");
        targetInfo.AddRange(new byte[4]);
        const int HeaderLength = 56;
        var message = new byte[HeaderLength + targetName.Length + targetInfo.Count];
        var span = message.AsSpan();
        Encoding.ASCII.GetBytes("NTLMSSP\0", span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], 2);
        WriteField(span[12..], targetName.Length, HeaderLength);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], Flags);
        "0123456789abcdef"u8[..8].CopyTo(span[24..]);
        WriteField(span[40..], targetInfo.Count, HeaderLength + targetName.Length);
        span[48] = 10;
        BinaryPrimitives.WriteUInt16LittleEndian(span[50..], 20348);
        span[55] = 15;
        targetName.CopyTo(span[HeaderLength..]);
        targetInfo.ToArray().CopyTo(span[(HeaderLength + targetName.Length)..]);
        return message;
    }

    private static void WriteField(Span<byte> field, int length, int offset)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(field, (ushort)length);
        BinaryPrimitives.WriteUInt16LittleEndian(field[2..], (ushort)length);
        BinaryPrimitives.WriteUInt32LittleEndian(field[4..], (uint)offset);
    }

    private static void AddPair(List<byte> pairs, ushort id, string value)
    {
        var bytes = Encoding.Unicode.GetBytes(value);
        var header = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(header, id);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), (ushort)bytes.Length);
        pairs.AddRange(header);
        pairs.AddRange(bytes);
    }
}
