namespace CertAutoenroll.WinRm.Encryption;

/// <summary>
/// A security context's per-message protection for the multipart/encrypted body of [MS-WSMV] 2.2.9.1.1: the
/// protocol string the body names, and the wrap split into the security header and the sealed data. The
/// header's length comes from the wrap the context produced (16 for NTLM, the GSS token's header for Kerberos).
/// </summary>
internal interface IMessageSealer
{
    /// <summary>e.g. <c>application/HTTP-SPNEGO-session-encrypted</c>.</summary>
    string Protocol { get; }

    SealedMessage Wrap(ReadOnlySpan<byte> plaintext);

    byte[] Unwrap(ReadOnlySpan<byte> header, ReadOnlySpan<byte> sealedData);
}

/// <summary>A wrapped message: the security header, then data as long as the plaintext.</summary>
internal readonly record struct SealedMessage(byte[] Header, byte[] Data);
