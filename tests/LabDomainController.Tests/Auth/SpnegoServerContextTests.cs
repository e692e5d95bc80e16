using System.Net.Security;
using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class SpnegoServerContextTests
{
    private const string Password = "Lab-Pass-1234!";

    [Fact]
    public void Accept_DotNetNegotiatePackage_CompletesThroughSpnegoWithMechListMic()
    {
        using var client = new DotNetNtlmClient("Negotiate", @"LAB\Administrator", Password);
        var server = NewServer();

        var init = client.Next(null, out _)!;
        var (challengeReply, firstStep) = server.Accept(init);
        var authenticate = client.Next(challengeReply, out _)!;
        var (finalReply, finalStep) = server.Accept(authenticate);
        client.Next(finalReply, out var clientStatus);

        Assert.Equal(AuthStep.Continue, firstStep);
        Assert.Equal(AuthStep.Completed, finalStep);
        Assert.Equal(NegotiateAuthenticationStatusCode.Completed, clientStatus);
        Assert.True(client.IsAuthenticated);
    }

    [Fact]
    public void Accept_DotNetNegotiateThenWrap_MessagesUnsealBothWays()
    {
        using var client = new DotNetNtlmClient("Negotiate", @"LAB\Administrator", Password);
        var server = NewServer();
        var (challengeReply, _) = server.Accept(client.Next(null, out _)!);
        var (finalReply, _) = server.Accept(client.Next(challengeReply, out _)!);
        client.Next(finalReply, out _);

        var wrapped = client.Wrap("sealed after spnego"u8.ToArray());
        var plaintext = server.Ntlm.Sealing!.Unseal(wrapped.AsSpan(0, 16), wrapped.AsSpan(16));
        var (signature, sealedReply) = server.Ntlm.Sealing.Seal("reply"u8);
        var reply = client.Unwrap([.. signature, .. sealedReply]);

        Assert.Equal("sealed after spnego"u8.ToArray(), plaintext);
        Assert.Equal("reply"u8.ToArray(), reply);
    }

    [Fact]
    public void Accept_WrongPassword_RejectsWithNegStateReject()
    {
        using var client = new DotNetNtlmClient("Negotiate", @"LAB\Administrator", "wrong");
        var server = NewServer();
        var (challengeReply, _) = server.Accept(client.Next(null, out _)!);

        var (reply, step) = server.Accept(client.Next(challengeReply, out _)!);

        Assert.Equal(AuthStep.Rejected, step);
        Assert.Equal(SpnegoState.Reject, SpnegoTokens.ReadResponse(reply).State);
    }

    [Fact]
    public void Accept_InitPreferringKerberosWithoutNtlmToken_AnswersSupportedMechNtlmWithoutToken()
    {
        var init = SpnegoTokens.WriteInit(["1.2.840.113554.1.2.2", SpnegoTokens.NtlmOid], [0x60, 0x00]);

        var (reply, step) = NewServer().Accept(init);
        var response = SpnegoTokens.ReadResponse(reply);

        Assert.Equal(AuthStep.Continue, step);
        Assert.Equal(SpnegoState.AcceptIncomplete, response.State);
        Assert.Equal(SpnegoTokens.NtlmOid, response.SupportedMech);
        Assert.Null(response.ResponseToken);
    }

    private static SpnegoServerContext NewServer() =>
        new(new NtlmServerContext(new LabCredentials(@"LAB\Administrator", Password), TimeProvider.System));
}
