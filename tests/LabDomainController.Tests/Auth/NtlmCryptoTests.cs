using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class NtlmCryptoTests
{
    [Fact]
    public void NtowfV2_SpecExample_MatchesMsNlmp4241()
    {
        var key = NtlmCrypto.NtowfV2(NtlmTestVectors.Password, NtlmTestVectors.User, NtlmTestVectors.Domain);

        Assert.Equal(NtlmTestVectors.NtowfV2, key);
    }

    [Fact]
    public void NtProofStr_SpecExample_MatchesMsNlmp4242()
    {
        var proof = NtlmCrypto.NtProofStr(NtlmTestVectors.NtowfV2, NtlmTestVectors.ServerChallenge, NtlmTestVectors.ClientBlob());

        Assert.Equal(NtlmTestVectors.NtProofStr, proof);
    }

    [Fact]
    public void SessionBaseKey_SpecExample_MatchesMsNlmp4241()
    {
        var key = NtlmCrypto.SessionBaseKey(NtlmTestVectors.NtowfV2, NtlmTestVectors.NtProofStr);

        Assert.Equal(NtlmTestVectors.SessionBaseKey, key);
    }

    [Fact]
    public void LmV2Response_SpecExample_MatchesMsNlmp4242()
    {
        var response = NtlmCrypto.LmV2Response(NtlmTestVectors.NtowfV2, NtlmTestVectors.ServerChallenge, NtlmTestVectors.ClientChallenge);

        Assert.Equal(NtlmTestVectors.LmV2Response, response);
    }

    [Fact]
    public void Rc4_EncryptedSessionKeyWithSessionBaseKey_YieldsRandomSessionKey()
    {
        var exported = Rc4.Transform(NtlmTestVectors.SessionBaseKey, NtlmTestVectors.EncryptedSessionKey);

        Assert.Equal(NtlmTestVectors.RandomSessionKey, exported);
    }

    [Fact]
    public void SealKey_ClientToServer_MatchesMsNlmp4244()
    {
        var key = NtlmCrypto.SealKey(NtlmTestVectors.RandomSessionKey, clientToServer: true);

        Assert.Equal(NtlmTestVectors.ClientSealingKey, key);
    }

    [Fact]
    public void SignKey_ClientToServer_MatchesMsNlmp4244()
    {
        var key = NtlmCrypto.SignKey(NtlmTestVectors.RandomSessionKey, clientToServer: true);

        Assert.Equal(NtlmTestVectors.ClientSigningKey, key);
    }
}
