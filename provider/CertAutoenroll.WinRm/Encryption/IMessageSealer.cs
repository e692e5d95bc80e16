namespace CertAutoenroll.WinRm.Encryption;

/// <summary>
/// The security context's per-message protection. For NTLM, <see cref="Wrap"/> returns the 16-byte signature
/// followed by the sealed data, and <see cref="Unwrap"/> takes the same layout.
/// </summary>
internal interface IMessageSealer
{
    /// <summary>Length of the security header at the front of <see cref="Wrap"/>'s output.</summary>
    int HeaderLength { get; }

    byte[] Wrap(ReadOnlySpan<byte> plaintext);

    byte[] Unwrap(ReadOnlySpan<byte> headerAndData);
}
