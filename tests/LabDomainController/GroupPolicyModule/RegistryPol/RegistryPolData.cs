using System.Buffers.Binary;
using System.Text;

namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>Encodes and decodes the data part of an entry; strings are UTF-16LE and include their NUL.</summary>
public static class RegistryPolData
{
    public static byte[] EncodeString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Encoding.Unicode.GetBytes(value + "\0");
    }

    public static byte[] EncodeMultiString(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder();
        foreach (var value in values)
        {
            if (value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException("A MultiString element cannot contain a NUL character.", nameof(values));
            }

            text.Append(value).Append('\0');
        }

        text.Append('\0');
        return Encoding.Unicode.GetBytes(text.ToString());
    }

    public static byte[] EncodeDWord(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    public static byte[] EncodeQWord(ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        return bytes;
    }

    public static object Decode(RegistryPolValueType type, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return type switch
        {
            RegistryPolValueType.String or RegistryPolValueType.ExpandString => DecodeString(data),
            RegistryPolValueType.MultiString => DecodeMultiString(data),
            RegistryPolValueType.DWord when data.Length == 4 => BinaryPrimitives.ReadUInt32LittleEndian(data),
            RegistryPolValueType.DWordBigEndian when data.Length == 4 => BinaryPrimitives.ReadUInt32BigEndian(data),
            RegistryPolValueType.QWord when data.Length == 8 => BinaryPrimitives.ReadUInt64LittleEndian(data),
            _ => data.ToArray(),
        };
    }

    public static string DecodeString(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = Encoding.Unicode.GetString(data, 0, data.Length & ~1);
        var end = text.IndexOf('\0', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    public static string[] DecodeMultiString(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = Encoding.Unicode.GetString(data, 0, data.Length & ~1);
        var end = text.IndexOf("\0\0", StringComparison.Ordinal);
        if (end >= 0)
        {
            text = text[..end];
        }

        text = text.TrimEnd('\0');
        return text.Length == 0 ? [] : text.Split('\0');
    }
}
