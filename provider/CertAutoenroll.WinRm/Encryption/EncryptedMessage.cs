using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace CertAutoenroll.WinRm.Encryption;

/// <summary>The multipart/encrypted HTTP body of [MS-WSMV] 2.2.9.1.1 that carries a sealed SOAP message.</summary>
internal static class EncryptedMessage
{
    public const string SpnegoProtocol = "application/HTTP-SPNEGO-session-encrypted";
    public const string KerberosProtocol = "application/HTTP-Kerberos-session-encrypted";
    public const string BoundaryName = "Encrypted Boundary";

    private static readonly byte[] PartStart = Encoding.ASCII.GetBytes("--" + BoundaryName + "\r\n");
    private static readonly byte[] BodyEnd = Encoding.ASCII.GetBytes("--" + BoundaryName + "--\r\n");
    private static readonly byte[] OctetStream = "Content-Type: application/octet-stream\r\n"u8.ToArray();

    public static string ContentType(string protocol) =>
        $"multipart/encrypted;protocol=\"{protocol}\";boundary=\"{BoundaryName}\"";

    public static bool IsEncrypted(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("multipart/encrypted", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("multipart/x-multi-encrypted", StringComparison.OrdinalIgnoreCase));

    public static byte[] Seal(ReadOnlySpan<byte> plaintext, IMessageSealer sealer)
    {
        var protocol = sealer.Protocol;
        var wrapped = sealer.Wrap(plaintext);
        using var body = new MemoryStream(wrapped.Header.Length + wrapped.Data.Length + 256);
        body.Write(PartStart);
        body.Write(Encoding.ASCII.GetBytes($"\tContent-Type: {protocol}\r\n"));
        body.Write(Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length={plaintext.Length}\r\n")));
        body.Write(PartStart);
        body.WriteByte((byte)'\t');
        body.Write(OctetStream);
        Span<byte> headerLength = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(headerLength, wrapped.Header.Length);
        body.Write(headerLength);
        body.Write(wrapped.Header);
        body.Write(wrapped.Data);
        body.Write(BodyEnd);
        return body.ToArray();
    }

    public static byte[] Unseal(ReadOnlySpan<byte> body, IMessageSealer sealer)
    {
        if (!body.StartsWith(PartStart))
        {
            throw Malformed("it does not start with --Encrypted Boundary");
        }

        var rest = body[PartStart.Length..];
        var metadataLength = rest.IndexOf(PartStart);
        if (metadataLength < 0)
        {
            throw Malformed("it has no second part");
        }

        var declaredLength = ReadDeclaredLength(Encoding.ASCII.GetString(rest[..metadataLength]));
        var part = rest[(metadataLength + PartStart.Length)..];
        var typeAt = part.IndexOf(OctetStream);
        if (typeAt is < 0 or > 1)
        {
            throw Malformed("the second part is not application/octet-stream");
        }

        var payload = part[(typeAt + OctetStream.Length)..];
        if (!payload.EndsWith(BodyEnd))
        {
            throw Malformed("it does not end with --Encrypted Boundary--");
        }

        payload = payload[..^BodyEnd.Length];
        var headerLength = payload.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(payload) : -1;
        if (headerLength < 0 || payload.Length < 4 + headerLength)
        {
            throw Malformed("the security header length is wrong");
        }

        var plaintext = sealer.Unwrap(payload.Slice(4, headerLength), payload[(4 + headerLength)..]);
        return plaintext.Length == declaredLength
            ? plaintext
            : throw Malformed($"it decrypts to {plaintext.Length} bytes but declares Length={declaredLength}");
    }

    private static int ReadDeclaredLength(string metadata)
    {
        const string Marker = "Length=";
        var start = metadata.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw Malformed("OriginalContent has no Length=");
        }

        start += Marker.Length;
        var end = start;
        while (end < metadata.Length && char.IsAsciiDigit(metadata[end]))
        {
            end++;
        }

        return int.TryParse(metadata.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : throw Malformed("OriginalContent Length= is not a number");
    }

    private static WinRmProtocolException Malformed(string why) => new($"The encrypted WinRM message is malformed: {why}.");
}
