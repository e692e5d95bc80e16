using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace LabDomainController.Auth;

/// <summary>The multipart/encrypted body of MS-WSMV 2.2.9.1.1 (reference §2.2), read and written byte for byte.</summary>
internal static class EncryptedMessageFraming
{
    public const string SpnegoProtocol = "application/HTTP-SPNEGO-session-encrypted";
    public const string KerberosProtocol = "application/HTTP-Kerberos-session-encrypted";

    private static readonly byte[] Boundary = "--Encrypted Boundary\r\n"u8.ToArray();
    private static readonly byte[] ClosingBoundary = "--Encrypted Boundary--\r\n"u8.ToArray();
    private static readonly byte[] OctetStreamLine = "Content-Type: application/octet-stream\r\n"u8.ToArray();

    public static string ContentType(string protocol) => "multipart/encrypted;protocol=\"" + protocol + "\";boundary=\"Encrypted Boundary\"";

    public static bool IsEncrypted(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/encrypted", StringComparison.OrdinalIgnoreCase);

    public static byte[] Write(string protocol, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> sealedData, int plaintextLength)
    {
        using var stream = new MemoryStream();
        stream.Write(Boundary);
        stream.Write(Encoding.ASCII.GetBytes("\tContent-Type: " + protocol + "\r\n"));
        stream.Write(Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length={plaintextLength}\r\n")));
        stream.Write(Boundary);
        stream.Write("\t"u8);
        stream.Write(OctetStreamLine);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, signature.Length);
        stream.Write(length);
        stream.Write(signature);
        stream.Write(sealedData);
        stream.Write(ClosingBoundary);
        return stream.ToArray();
    }

    /// <summary>Splits the body into (protocol named in the first part, security header, sealed data, declared plaintext length).</summary>
    public static (string Protocol, byte[] Signature, byte[] Sealed, int Length) Read(byte[] body)
    {
        var span = body.AsSpan();
        if (!span.StartsWith(Boundary))
        {
            throw new NtlmProtocolException("The encrypted body does not start with --Encrypted Boundary.");
        }

        var second = span[Boundary.Length..].IndexOf(Boundary);
        if (second < 0)
        {
            throw new NtlmProtocolException("The encrypted body has no second --Encrypted Boundary part.");
        }

        var metadata = Encoding.ASCII.GetString(span.Slice(Boundary.Length, second));
        var plaintextLength = ReadLength(metadata);
        var part = span[(Boundary.Length + second + Boundary.Length)..];
        var typeLine = part.IndexOf(OctetStreamLine);
        if (typeLine < 0 || typeLine > 1)
        {
            throw new NtlmProtocolException("The encrypted part lacks 'Content-Type: application/octet-stream'.");
        }

        var payload = part[(typeLine + OctetStreamLine.Length)..];
        var headerLength = payload.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(payload) : -1;
        if (headerLength < NtlmSealing.SignatureLength || payload.Length < 4 + headerLength + plaintextLength)
        {
            throw new NtlmProtocolException("The encrypted part is shorter than its security header and OriginalContent Length.");
        }

        var signature = payload.Slice(4, headerLength).ToArray();
        var sealedData = payload.Slice(4 + headerLength, plaintextLength).ToArray();
        if (!payload[(4 + headerLength + plaintextLength)..].StartsWith(ClosingBoundary))
        {
            throw new NtlmProtocolException("The encrypted body does not end with --Encrypted Boundary-- right after the ciphertext.");
        }

        return (ReadProtocol(metadata), signature, sealedData, plaintextLength);
    }

    private static string ReadProtocol(string metadata)
    {
        const string marker = "Content-Type:";
        var start = metadata.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw new NtlmProtocolException("The encrypted body's first part names no Content-Type (protocol).");
        }

        var end = metadata.IndexOf('\r', start);
        return metadata[(start + marker.Length)..(end < 0 ? metadata.Length : end)].Trim();
    }

    private static int ReadLength(string metadata)
    {
        const string marker = "Length=";
        var start = metadata.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw new NtlmProtocolException("The encrypted body's OriginalContent header has no Length=.");
        }

        start += marker.Length;
        var end = start;
        while (end < metadata.Length && char.IsAsciiDigit(metadata[end]))
        {
            end++;
        }

        return int.Parse(metadata.AsSpan(start, end - start), CultureInfo.InvariantCulture);
    }
}
