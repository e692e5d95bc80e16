using System.Buffers.Binary;

namespace LabDomainController.Auth;

/// <summary>Reads and writes the AV_PAIR list (MS-NLMP 2.2.2.1) carried in TargetInfo and the NTLMv2 client blob.</summary>
internal static class NtlmAvPairs
{
    /// <summary>MsvAvFlags bit meaning "the AUTHENTICATE message carries a MIC".</summary>
    public const uint MicPresentFlag = 0x00000002;

    public static byte[] Write(IEnumerable<(NtlmAvId Id, byte[] Value)> pairs)
    {
        using var stream = new MemoryStream();
        Span<byte> header = stackalloc byte[4];
        foreach (var (id, value) in pairs)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)id);
            BinaryPrimitives.WriteUInt16LittleEndian(header[2..], (ushort)value.Length);
            stream.Write(header);
            stream.Write(value);
        }

        header.Clear();
        stream.Write(header);
        return stream.ToArray();
    }

    public static Dictionary<NtlmAvId, byte[]> Read(ReadOnlySpan<byte> data)
    {
        var pairs = new Dictionary<NtlmAvId, byte[]>();
        var offset = 0;
        while (offset + 4 <= data.Length)
        {
            var id = (NtlmAvId)BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(data[(offset + 2)..]);
            if (id == NtlmAvId.Eol)
            {
                return pairs;
            }

            if (offset + 4 + length > data.Length)
            {
                throw new NtlmProtocolException("An AV_PAIR runs past the end of the NTLMv2 client blob.");
            }

            pairs[id] = data.Slice(offset + 4, length).ToArray();
            offset += 4 + length;
        }

        throw new NtlmProtocolException("The AV_PAIR list has no MsvAvEOL terminator.");
    }
}
