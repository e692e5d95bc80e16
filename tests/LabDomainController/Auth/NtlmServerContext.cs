using System.Security.Cryptography;

namespace LabDomainController.Auth;

/// <summary>
/// The server side of one NTLMv2 login (MS-NLMP 3.2.5): NEGOTIATE → CHALLENGE, then AUTHENTICATE is verified
/// against the lab account and yields the sealing state for the rest of the TCP connection.
/// </summary>
internal sealed class NtlmServerContext(LabCredentials credentials, TimeProvider clock, LabChannelBinding? channelBinding = null, bool isHttps = false)
{
    private const int MicOffset = 72;
    private const int MicLength = 16;

    private byte[]? _negotiate;
    private byte[]? _challenge;
    private byte[]? _serverChallenge;

    public NtlmSealing? Sealing { get; private set; }

    /// <summary>True when the login failed only because its channel binding was missing or wrong.</summary>
    public bool ChannelBindingRejected { get; private set; }

    /// <summary>False when the unprivileged lab account logged in.</summary>
    public bool IsPrivileged { get; private set; }

    /// <summary>The account that logged in (its sAMAccountName), once AUTHENTICATE verified.</summary>
    public string? Account { get; private set; }

    public byte[] AcceptNegotiate(byte[] negotiate)
    {
        if (NtlmMessageReader.MessageType(negotiate) != 1)
        {
            throw new NtlmProtocolException("Expected an NTLM NEGOTIATE message (type 1).");
        }

        var flags = NtlmChallengeMessage.ChooseFlags(NtlmMessageReader.NegotiateFlags(negotiate));
        _negotiate = negotiate;
        _serverChallenge = RandomNumberGenerator.GetBytes(8);
        _challenge = NtlmChallengeMessage.Build(flags, _serverChallenge, clock.GetUtcNow());
        return _challenge;
    }

    /// <summary>Returns false when the password (or user) is wrong; throws on a malformed message.</summary>
    public bool AcceptAuthenticate(byte[] authenticate)
    {
        if (_negotiate is null || _challenge is null || _serverChallenge is null)
        {
            throw new NtlmProtocolException("An NTLM AUTHENTICATE message arrived before NEGOTIATE on this connection.");
        }

        var message = NtlmMessageReader.ReadAuthenticate(authenticate);
        if (message.NtResponse.Length <= 24 || credentials.PasswordFor(message.Domain, message.User) is not { } password)
        {
            return false;
        }

        var responseKey = NtlmCrypto.NtowfV2(password, message.User, message.Domain);
        var clientBlob = message.NtResponse.AsSpan(16);
        var proof = NtlmCrypto.NtProofStr(responseKey, _serverChallenge, clientBlob);
        if (!CryptographicOperations.FixedTimeEquals(proof, message.NtResponse.AsSpan(0, 16)))
        {
            return false;
        }

        var sessionBaseKey = NtlmCrypto.SessionBaseKey(responseKey, proof);
        var exportedSessionKey = message.Flags.HasFlag(NtlmFlags.KeyExchange) && message.EncryptedRandomSessionKey.Length == 16
            ? Rc4.Transform(sessionBaseKey, message.EncryptedRandomSessionKey)
            : sessionBaseKey;

        if (HasMic(clientBlob) && !MicVerifies(authenticate, exportedSessionKey))
        {
            return false;
        }

        if (channelBinding is not null && !channelBinding.Accepts(ChannelBindings(clientBlob), isHttps))
        {
            ChannelBindingRejected = true;
            return false;
        }

        Sealing = new NtlmSealing(exportedSessionKey, isServer: true);
        Account = credentials.AccountFor(message.Domain, message.User);
        IsPrivileged = Account is not null && credentials.MayUseWinRm(Account);
        return true;
    }

    private static bool HasMic(ReadOnlySpan<byte> clientBlob)
    {
        // The blob is 28 bytes of header (version, reserved, time, client challenge, reserved) then AV pairs.
        if (clientBlob.Length < 28)
        {
            throw new NtlmProtocolException("The NTLMv2 client blob is shorter than its 28-byte header.");
        }

        var pairs = NtlmAvPairs.Read(clientBlob[28..]);
        return pairs.TryGetValue(NtlmAvId.Flags, out var value) && value.Length == 4
            && (BitConverter.ToUInt32(value) & NtlmAvPairs.MicPresentFlag) != 0;
    }

    private static byte[]? ChannelBindings(ReadOnlySpan<byte> clientBlob) =>
        NtlmAvPairs.Read(clientBlob[28..]).TryGetValue(NtlmAvId.ChannelBindings, out var value) ? value : null;

    private bool MicVerifies(byte[] authenticate, byte[] exportedSessionKey)
    {
        if (authenticate.Length < MicOffset + MicLength)
        {
            return false;
        }

        var zeroed = (byte[])authenticate.Clone();
        zeroed.AsSpan(MicOffset, MicLength).Clear();
        byte[] signed = [.. _negotiate!, .. _challenge!, .. zeroed];
        var expected = HMACMD5.HashData(exportedSessionKey, signed);
        return CryptographicOperations.FixedTimeEquals(expected, authenticate.AsSpan(MicOffset, MicLength));
    }
}
