using System.Security.Cryptography;
using System.Text;

namespace LabDomainController.Auth;

/// <summary>The NTLMv2 key derivations of MS-NLMP 3.3.2 and 3.4.5.</summary>
internal static class NtlmCrypto
{
    private static readonly byte[] ClientSigningMagic = Magic("session key to client-to-server signing key magic constant");
    private static readonly byte[] ServerSigningMagic = Magic("session key to server-to-client signing key magic constant");
    private static readonly byte[] ClientSealingMagic = Magic("session key to client-to-server sealing key magic constant");
    private static readonly byte[] ServerSealingMagic = Magic("session key to server-to-client sealing key magic constant");

    public static byte[] NtHash(string password) => Md4.Hash(Encoding.Unicode.GetBytes(password));

    /// <summary>NTOWFv2: the user name is upper-cased, the domain is used as the client sent it.</summary>
    public static byte[] NtowfV2(string password, string user, string domain) =>
        HMACMD5.HashData(NtHash(password), Encoding.Unicode.GetBytes(user.ToUpperInvariant() + domain));

    /// <summary>NTProofStr = HMAC_MD5(ResponseKeyNT, ServerChallenge ‖ client blob).</summary>
    public static byte[] NtProofStr(ReadOnlySpan<byte> responseKeyNt, ReadOnlySpan<byte> serverChallenge, ReadOnlySpan<byte> clientBlob)
    {
        var input = new byte[serverChallenge.Length + clientBlob.Length];
        serverChallenge.CopyTo(input);
        clientBlob.CopyTo(input.AsSpan(serverChallenge.Length));
        return HMACMD5.HashData(responseKeyNt, input);
    }

    public static byte[] SessionBaseKey(ReadOnlySpan<byte> responseKeyNt, ReadOnlySpan<byte> ntProofStr) =>
        HMACMD5.HashData(responseKeyNt, ntProofStr);

    public static byte[] LmV2Response(ReadOnlySpan<byte> responseKeyLm, ReadOnlySpan<byte> serverChallenge, ReadOnlySpan<byte> clientChallenge)
    {
        var proof = NtProofStr(responseKeyLm, serverChallenge, clientChallenge);
        return [.. proof, .. clientChallenge];
    }

    public static byte[] SignKey(ReadOnlySpan<byte> exportedSessionKey, bool clientToServer) =>
        MD5.HashData([.. exportedSessionKey, .. clientToServer ? ClientSigningMagic : ServerSigningMagic]);

    /// <summary>SEALKEY with NEGOTIATE_128 and extended session security: the full 16-byte key is used.</summary>
    public static byte[] SealKey(ReadOnlySpan<byte> exportedSessionKey, bool clientToServer) =>
        MD5.HashData([.. exportedSessionKey, .. clientToServer ? ClientSealingMagic : ServerSealingMagic]);

    private static byte[] Magic(string text) => [.. Encoding.ASCII.GetBytes(text), 0];
}
