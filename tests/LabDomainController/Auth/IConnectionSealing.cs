namespace LabDomainController.Auth;

/// <summary>
/// A logged-in connection's message protection: the protocol string its encrypted bodies name, and the wrap
/// split into security header and data ([MS-WSMV] 2.2.9.1.1). NTLM's header is its 16-byte signature; a
/// Kerberos header is the token's header, rotated trailer and confounder.
/// </summary>
internal interface IConnectionSealing
{
    string Protocol { get; }

    (byte[] Signature, byte[] Sealed) Seal(ReadOnlySpan<byte> plaintext);

    /// <summary>Throws <see cref="NtlmProtocolException"/> when the message does not verify.</summary>
    byte[] Unseal(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data);
}
