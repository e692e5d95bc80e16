using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LabDomainController.Auth;

/// <summary>
/// Sealing and signing after an NTLMv2 login with extended session security and key exchange
/// (MS-NLMP 3.4.4.2): one RC4 handle and one sequence counter per direction.
/// </summary>
internal sealed class NtlmSealing : IConnectionSealing
{
    public const int SignatureLength = 16;

    /// <summary>NTLM bodies always name SPNEGO, under either header scheme.</summary>
    public string Protocol => EncryptedMessageFraming.SpnegoProtocol;

    private readonly Direction _incoming;
    private readonly Direction _outgoing;

    public NtlmSealing(ReadOnlySpan<byte> exportedSessionKey, bool isServer)
    {
        var client = new Direction(NtlmCrypto.SignKey(exportedSessionKey, true), NtlmCrypto.SealKey(exportedSessionKey, true));
        var server = new Direction(NtlmCrypto.SignKey(exportedSessionKey, false), NtlmCrypto.SealKey(exportedSessionKey, false));
        (_incoming, _outgoing) = isServer ? (client, server) : (server, client);
    }

    /// <summary>Seals a message and returns (signature, ciphertext); the message is sealed before the checksum.</summary>
    public (byte[] Signature, byte[] Sealed) Seal(ReadOnlySpan<byte> plaintext)
    {
        var sealedData = _outgoing.Cipher.Transform(plaintext);
        var signature = _outgoing.Sign(plaintext);
        return (signature, sealedData);
    }

    /// <summary>Unseals a client message and checks its signature; throws when it does not verify.</summary>
    public byte[] Unseal(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> sealedData)
    {
        var plaintext = _incoming.Cipher.Transform(sealedData);
        Verify(_incoming, signature, plaintext);
        return plaintext;
    }

    /// <summary>Signs without sealing (the SPNEGO mechListMIC).</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => _outgoing.Sign(message);

    public void VerifySignature(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message) => Verify(_incoming, signature, message);

    /// <summary>
    /// Restarts both RC4 handles (sequence numbers continue): NTLM inside SPNEGO does this once the mechListMIC
    /// has been produced and checked, as Windows and .NET's managed SPNEGO do.
    /// </summary>
    public void ResetCiphers()
    {
        _incoming.ResetCipher();
        _outgoing.ResetCipher();
    }

    private static void Verify(Direction direction, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> message)
    {
        var expected = direction.Sign(message);
        if (signature.Length != SignatureLength || !CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            throw new NtlmProtocolException("The NTLM message signature does not verify.");
        }
    }

    private sealed class Direction(byte[] signKey, byte[] sealKey)
    {
        private uint _sequence;

        public Rc4 Cipher { get; private set; } = new(sealKey);

        public void ResetCipher() => Cipher = new Rc4(sealKey);

        public byte[] Sign(ReadOnlySpan<byte> message)
        {
            var sequence = _sequence++;
            var input = new byte[4 + message.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(input, sequence);
            message.CopyTo(input.AsSpan(4));
            var checksum = Cipher.Transform(HMACMD5.HashData(signKey, input).AsSpan(0, 8));

            var signature = new byte[SignatureLength];
            BinaryPrimitives.WriteUInt32LittleEndian(signature, 1);
            checksum.CopyTo(signature, 4);
            BinaryPrimitives.WriteUInt32LittleEndian(signature.AsSpan(12), sequence);
            return signature;
        }
    }
}
