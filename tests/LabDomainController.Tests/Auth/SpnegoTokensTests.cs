using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class SpnegoTokensTests
{
    [Fact]
    public void ReadInit_TokenWithNtlmMechAndToken_ReturnsMechTypesAndToken()
    {
        byte[] ntlmNegotiate = [.. "NTLMSSP\0"u8, 1, 0, 0, 0];
        var token = SpnegoTokens.WriteInit([SpnegoTokens.NtlmOid], ntlmNegotiate);

        var init = SpnegoTokens.ReadInit(token);

        Assert.Equal([SpnegoTokens.NtlmOid], init.MechTypes);
        Assert.Equal(ntlmNegotiate, init.MechToken);
        Assert.Equal(0x30, init.MechTypesDer[0]);
    }

    [Fact]
    public void WriteResponse_AllFields_RoundTripsThroughReadResponse()
    {
        var written = new SpnegoResponse(SpnegoState.AcceptIncomplete, SpnegoTokens.NtlmOid, [1, 2, 3], [4, 5]);

        var read = SpnegoTokens.ReadResponse(SpnegoTokens.WriteResponse(written));

        Assert.Equal(written.State, read.State);
        Assert.Equal(written.SupportedMech, read.SupportedMech);
        Assert.Equal(written.ResponseToken, read.ResponseToken);
        Assert.Equal(written.MechListMic, read.MechListMic);
    }

    [Fact]
    public void WriteResponse_AcceptCompleted_EncodesAsRfc4178Der()
    {
        var bytes = SpnegoTokens.WriteResponse(new SpnegoResponse(SpnegoState.AcceptCompleted, null, null, null));

        Assert.Equal("a1073005a0030a0100", Convert.ToHexStringLower(bytes));
    }

    [Fact]
    public void ReadInit_NotSpnegoOid_ThrowsProtocolException()
    {
        byte[] kerberosApReq = [0x60, 0x0b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x12, 0x01, 0x02, 0x02];

        Assert.Throws<NtlmProtocolException>(() => SpnegoTokens.ReadInit(kerberosApReq));
    }
}
