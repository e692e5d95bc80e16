using System.Net.Security;
using LabDomainController.Auth;

namespace LabDomainController.Tests.Auth;

public sealed class NtlmServerContextTests
{
    private const string Password = "Lab-Pass-1234!";

    [Fact]
    public void AcceptAuthenticate_DotNetClientRightPassword_AuthenticatesAndSealsBothWays()
    {
        using var client = new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password);
        var server = NewServer();

        var authenticated = Handshake(client, server);
        var wrapped = client.Wrap("request"u8.ToArray());
        var unsealed = server.Sealing!.Unseal(wrapped.AsSpan(0, 16), wrapped.AsSpan(16));
        var (signature, sealedReply) = server.Sealing.Seal("reply"u8);
        var reply = client.Unwrap([.. signature, .. sealedReply]);

        Assert.True(authenticated);
        Assert.Equal("request"u8.ToArray(), unsealed);
        Assert.Equal("reply"u8.ToArray(), reply);
    }

    [Fact]
    public void AcceptAuthenticate_DotNetClientWrongPassword_ReturnsFalse()
    {
        using var client = new DotNetNtlmClient("NTLM", @"LAB\Administrator", "not-the-password");
        var server = NewServer();

        var authenticated = Handshake(client, server);

        Assert.False(authenticated);
        Assert.Null(server.Sealing);
    }

    [Fact]
    public void AcceptAuthenticate_UnknownUser_ReturnsFalse()
    {
        using var client = new DotNetNtlmClient("NTLM", @"LAB\Guest", Password);
        var server = NewServer();

        Assert.False(Handshake(client, server));
    }

    [Fact]
    public void AcceptNegotiate_AnyClient_ChallengeCarriesFlagsAndAvPairsManagedNtlmRequires()
    {
        using var client = new DotNetNtlmClient("NTLM", @"LAB\Administrator", Password);
        var negotiate = client.Next(null, out _)!;

        var challenge = NewServer().AcceptNegotiate(negotiate);
        var flags = (NtlmFlags)BitConverter.ToUInt32(challenge, 20);
        var infoLength = BitConverter.ToUInt16(challenge, 40);
        var infoOffset = BitConverter.ToInt32(challenge, 44);
        var pairs = NtlmAvPairs.Read(challenge.AsSpan(infoOffset, infoLength));

        Assert.Equal(NtlmChallengeMessage.RequiredFlags | NtlmFlags.Seal, flags & (NtlmChallengeMessage.RequiredFlags | NtlmFlags.Seal));
        Assert.Contains(NtlmAvId.NbComputerName, pairs.Keys);
        Assert.Contains(NtlmAvId.NbDomainName, pairs.Keys);
        Assert.Contains(NtlmAvId.DnsComputerName, pairs.Keys);
        Assert.Contains(NtlmAvId.DnsDomainName, pairs.Keys);
        Assert.Contains(NtlmAvId.Timestamp, pairs.Keys);
    }

    private static NtlmServerContext NewServer() =>
        new(new LabCredentials(@"LAB\Administrator", Password), TimeProvider.System);

    private static bool Handshake(DotNetNtlmClient client, NtlmServerContext server)
    {
        var negotiate = client.Next(null, out var status);
        Assert.Equal(NegotiateAuthenticationStatusCode.ContinueNeeded, status);
        var authenticate = client.Next(server.AcceptNegotiate(negotiate!), out _);
        Assert.NotNull(authenticate);
        return server.AcceptAuthenticate(authenticate);
    }
}
