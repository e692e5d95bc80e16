using System.Buffers.Binary;
using System.Text;

namespace LabDomainController.GroupPolicyModule.RegistryPol;

/// <summary>Writes Registry.pol bytes: header, then each entry as <c>[key;value;type;size;data]</c> in UTF-16LE.</summary>
public static class RegistryPolWriter
{
    public static byte[] Write(IEnumerable<RegistryPolEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(number, RegistryPolFormat.Signature);
        stream.Write(number);
        BinaryPrimitives.WriteUInt32LittleEndian(number, RegistryPolFormat.Version);
        stream.Write(number);
        foreach (var entry in entries)
        {
            WriteEntry(stream, entry);
        }

        return stream.ToArray();
    }

    private static void WriteEntry(MemoryStream stream, RegistryPolEntry entry)
    {
        Validate(entry);
        Span<byte> number = stackalloc byte[4];
        WriteChar(stream, RegistryPolFormat.OpenBracket);
        WriteNulTerminated(stream, entry.Key);
        WriteChar(stream, RegistryPolFormat.Separator);
        WriteNulTerminated(stream, entry.ValueName);
        WriteChar(stream, RegistryPolFormat.Separator);
        BinaryPrimitives.WriteUInt32LittleEndian(number, (uint)entry.Type);
        stream.Write(number);
        WriteChar(stream, RegistryPolFormat.Separator);
        BinaryPrimitives.WriteUInt32LittleEndian(number, (uint)entry.Data.Length);
        stream.Write(number);
        WriteChar(stream, RegistryPolFormat.Separator);
        stream.Write(entry.Data);
        WriteChar(stream, RegistryPolFormat.CloseBracket);
    }

    private static void Validate(RegistryPolEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Key.Length == 0 || entry.Key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Registry.pol entry key '{entry.Key}' must be non-empty and contain no NUL character.", nameof(entry));
        }

        if (entry.ValueName.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Registry.pol value name under '{entry.Key}' must not contain a NUL character.", nameof(entry));
        }
    }

    private static void WriteChar(MemoryStream stream, char value)
    {
        stream.WriteByte((byte)value);
        stream.WriteByte(0);
    }

    private static void WriteNulTerminated(MemoryStream stream, string text)
    {
        stream.Write(Encoding.Unicode.GetBytes(text));
        WriteChar(stream, '\0');
    }
}
