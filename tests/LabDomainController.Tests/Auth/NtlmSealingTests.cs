using System.Text;
using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class NtlmSealingTests
{
    [Fact]
    public void Seal_SpecPlaintextAsClient_MatchesMsNlmp4244()
    {
        var client = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: false);

        var (signature, sealedData) = client.Seal(Encoding.Unicode.GetBytes("Plaintext"));

        Assert.Equal(NtlmTestVectors.SealedPlaintext, sealedData);
        Assert.Equal(NtlmTestVectors.PlaintextSignature, signature);
    }

    [Fact]
    public void Unseal_SpecSealedMessageAsServer_ReturnsPlaintext()
    {
        var server = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: true);

        var plaintext = server.Unseal(NtlmTestVectors.PlaintextSignature, NtlmTestVectors.SealedPlaintext);

        Assert.Equal("Plaintext", Encoding.Unicode.GetString(plaintext));
    }

    [Fact]
    public void Unseal_SeveralMessagesEachDirection_KeepsSeparateSequenceCounters()
    {
        var client = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: false);
        var server = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: true);

        var first = client.Seal("one"u8);
        var reply = server.Seal("reply"u8);
        var second = client.Seal("two"u8);

        Assert.Equal("one"u8.ToArray(), server.Unseal(first.Signature, first.Sealed));
        Assert.Equal("reply"u8.ToArray(), client.Unseal(reply.Signature, reply.Sealed));
        Assert.Equal("two"u8.ToArray(), server.Unseal(second.Signature, second.Sealed));
        Assert.Equal(1u, BitConverter.ToUInt32(second.Signature, 12));
    }

    [Fact]
    public void Unseal_TamperedCiphertext_ThrowsProtocolException()
    {
        var client = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: false);
        var server = new NtlmSealing(NtlmTestVectors.RandomSessionKey, isServer: true);
        var (signature, sealedData) = client.Seal("important"u8);
        sealedData[0] ^= 0x01;

        Assert.Throws<NtlmProtocolException>(() => server.Unseal(signature, sealedData));
    }
}
