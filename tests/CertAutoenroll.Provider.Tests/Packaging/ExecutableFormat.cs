using System.Buffers.Binary;

namespace CertAutoenroll.Provider.Tests.Packaging;

/// <summary>
/// Which release platform an executable's header says it is for: ELF e_machine (x86-64 0x3E, AArch64 0xB7),
/// Mach-O 64-bit cputype (x86_64 0x01000007, arm64 0x0100000C), PE machine (AMD64 0x8664).
/// </summary>
internal static class ExecutableFormat
{
    public const int HeaderBytes = 512;

    public static string PlatformOf(byte[] header)
    {
        if (header is [0x7F, (byte)'E', (byte)'L', (byte)'F', ..])
        {
            return BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(18)) switch
            {
                0x3E => "linux-amd64",
                0xB7 => "linux-arm64",
                var machine => $"linux-unknown-0x{machine:X}",
            };
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(header) == 0xFEEDFACF)
        {
            return BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)) switch
            {
                0x01000007 => "darwin-amd64",
                0x0100000C => "darwin-arm64",
                var cpu => $"darwin-unknown-0x{cpu:X}",
            };
        }

        if (header is [(byte)'M', (byte)'Z', ..])
        {
            var pe = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(0x3C));
            return pe + 6 <= header.Length && header.AsSpan(pe, 4).SequenceEqual("PE\0\0"u8)
                ? BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(pe + 4)) == 0x8664 ? "windows-amd64" : "windows-unknown"
                : "windows-no-pe-header";
        }

        return "unknown";
    }
}
