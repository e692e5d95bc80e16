using System.Buffers.Binary;
using System.Text;

namespace LabDomainController.Auth;

/// <summary>Builds the CHALLENGE_MESSAGE (MS-NLMP 2.2.1.2).</summary>
internal static class NtlmChallengeMessage
{
    /// <summary>What .NET's managed NTLM client insists on (reference §3.2) plus what Windows sets for a domain.</summary>
    public const NtlmFlags RequiredFlags =
        NtlmFlags.Unicode | NtlmFlags.RequestTarget | NtlmFlags.Sign | NtlmFlags.Ntlm | NtlmFlags.AlwaysSign
        | NtlmFlags.TargetTypeDomain | NtlmFlags.ExtendedSessionSecurity | NtlmFlags.TargetInfo | NtlmFlags.Version
        | NtlmFlags.Key128 | NtlmFlags.KeyExchange;

    private const int HeaderLength = 56;

    /// <summary>Windows Server 2019 (10.0.17763), NTLM revision 15.</summary>
    private static readonly byte[] ServerVersion = [10, 0, 0x2b, 0x45, 0, 0, 0, 0x0f];

    public static NtlmFlags ChooseFlags(NtlmFlags requested) =>
        RequiredFlags | (requested & (NtlmFlags.Seal | NtlmFlags.Key56));

    public static byte[] Build(NtlmFlags flags, ReadOnlySpan<byte> serverChallenge, DateTimeOffset now)
    {
        var targetName = Encoding.Unicode.GetBytes(LabIdentity.NetBiosDomainName);
        var timestamp = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(timestamp, now.ToFileTime());
        var targetInfo = NtlmAvPairs.Write(
        [
            (NtlmAvId.NbDomainName, Encoding.Unicode.GetBytes(LabIdentity.NetBiosDomainName)),
            (NtlmAvId.NbComputerName, Encoding.Unicode.GetBytes(LabIdentity.NetBiosComputerName)),
            (NtlmAvId.DnsDomainName, Encoding.Unicode.GetBytes(LabIdentity.DnsDomainName)),
            (NtlmAvId.DnsComputerName, Encoding.Unicode.GetBytes(LabIdentity.DnsComputerName)),
            (NtlmAvId.DnsTreeName, Encoding.Unicode.GetBytes(LabIdentity.DnsDomainName)),
            (NtlmAvId.Timestamp, timestamp),
        ]);

        var message = new byte[HeaderLength + targetName.Length + targetInfo.Length];
        var span = message.AsSpan();
        NtlmMessageReader.Signature.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], 2);
        WriteField(span[12..], targetName.Length, HeaderLength);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], (uint)flags);
        serverChallenge.CopyTo(span[24..]);
        WriteField(span[40..], targetInfo.Length, HeaderLength + targetName.Length);
        ServerVersion.CopyTo(span[48..]);
        targetName.CopyTo(span[HeaderLength..]);
        targetInfo.CopyTo(span[(HeaderLength + targetName.Length)..]);
        return message;
    }

    private static void WriteField(Span<byte> destination, int length, int offset)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)length);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], (ushort)length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], (uint)offset);
    }
}
