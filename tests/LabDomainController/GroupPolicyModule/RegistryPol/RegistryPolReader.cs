using System.Buffers.Binary;
using System.Text;

namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>
/// Reads Registry.pol bytes. Besides the full grammar it accepts what real files contain:
/// entries that stop after the key (<c>[key]</c>) or after the value name (<c>[key;value]</c>), read as REG_NONE.
/// </summary>
public static class RegistryPolReader
{
    public static IReadOnlyList<RegistryPolEntry> Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < RegistryPolFormat.HeaderLength)
        {
            throw new RegistryPolFormatException($"Registry.pol is {bytes.Length} bytes long; the 8-byte header 'PReg' + version 1 is missing.");
        }

        var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var version = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (signature != RegistryPolFormat.Signature || version != RegistryPolFormat.Version)
        {
            throw new RegistryPolFormatException($"Registry.pol header is 0x{signature:X8} version {version}; expected 'PReg' (0x67655250) version 1.");
        }

        var entries = new List<RegistryPolEntry>();
        var position = RegistryPolFormat.HeaderLength;
        while (position < bytes.Length)
        {
            entries.Add(ReadEntry(bytes, ref position));
        }

        return entries;
    }

    private static RegistryPolEntry ReadEntry(ReadOnlySpan<byte> bytes, ref int position)
    {
        Expect(bytes, ref position, RegistryPolFormat.OpenBracket);
        var key = ReadNulTerminated(bytes, ref position);
        if (TryConsume(bytes, ref position, RegistryPolFormat.CloseBracket))
        {
            return new RegistryPolEntry(key, string.Empty, RegistryPolValueType.None, []);
        }

        Expect(bytes, ref position, RegistryPolFormat.Separator);
        var valueName = ReadNulTerminated(bytes, ref position);
        if (TryConsume(bytes, ref position, RegistryPolFormat.CloseBracket))
        {
            return new RegistryPolEntry(key, valueName, RegistryPolValueType.None, []);
        }

        Expect(bytes, ref position, RegistryPolFormat.Separator);
        var type = (RegistryPolValueType)ReadUInt32(bytes, ref position);
        Expect(bytes, ref position, RegistryPolFormat.Separator);
        var size = ReadUInt32(bytes, ref position);
        Expect(bytes, ref position, RegistryPolFormat.Separator);
        if (size > (uint)(bytes.Length - position))
        {
            throw new RegistryPolFormatException($"Registry.pol entry '{key}\\{valueName}' declares {size} data bytes at offset {position}, but only {bytes.Length - position} remain.");
        }

        var data = bytes.Slice(position, (int)size).ToArray();
        position += (int)size;
        Expect(bytes, ref position, RegistryPolFormat.CloseBracket);
        return new RegistryPolEntry(key, valueName, type, data);
    }

    private static string ReadNulTerminated(ReadOnlySpan<byte> bytes, ref int position)
    {
        var start = position;
        while (true)
        {
            if (position + 1 >= bytes.Length)
            {
                throw new RegistryPolFormatException($"Registry.pol string starting at offset {start} has no terminating NUL.");
            }

            var isNul = bytes[position] == 0 && bytes[position + 1] == 0;
            position += 2;
            if (isNul)
            {
                return Encoding.Unicode.GetString(bytes[start..(position - 2)]);
            }
        }
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, ref int position)
    {
        if (position + 4 > bytes.Length)
        {
            throw new RegistryPolFormatException($"Registry.pol ends inside a 32-bit number at offset {position}.");
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(bytes[position..]);
        position += 4;
        return value;
    }

    private static bool TryConsume(ReadOnlySpan<byte> bytes, ref int position, char expected)
    {
        if (position + 1 < bytes.Length && bytes[position] == (byte)expected && bytes[position + 1] == 0)
        {
            position += 2;
            return true;
        }

        return false;
    }

    private static void Expect(ReadOnlySpan<byte> bytes, ref int position, char expected)
    {
        if (!TryConsume(bytes, ref position, expected))
        {
            throw new RegistryPolFormatException($"Registry.pol expects '{expected}' (UTF-16LE) at offset {position}.");
        }
    }
}
