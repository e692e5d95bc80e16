using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.WinRm.Tests.Connection;

public sealed class WinRmOptionRulesTests
{
    private static WinRmConnectionOptions Options(
        WinRmAuthentication auth = WinRmAuthentication.Negotiate,
        WinRmScheme scheme = WinRmScheme.Https,
        string? user = @"LAB\admin",
        string? password = "pw",
        bool allowUnencrypted = false,
        string? pem = null,
        string host = "dc01.lab.test") => new()
    {
        Host = host,
        Scheme = scheme,
        Authentication = auth,
        UserName = user,
        Password = password,
        AllowUnencrypted = allowUnencrypted,
        CaCertificate = pem,
    };

    [Fact]
    public void Validate_GoodOptions_HasNoProblems() => Assert.Empty(Options().Validate());

    [Theory]
    [InlineData(WinRmAuthentication.Basic, WinRmScheme.Http, false, "auth")]
    public void Validate_MethodThatCannotProtectHttp_NamesTheField(WinRmAuthentication auth, WinRmScheme scheme, bool allow, string field)
    {
        var problem = Assert.Single(Options(auth, scheme, allowUnencrypted: allow).Validate());

        Assert.Equal(field, problem.Field);
        Assert.Contains("https", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WinRmAuthentication.Basic)]
    [InlineData(WinRmAuthentication.Ntlm)]
    public void Validate_PasswordMethodWithoutUser_NamesUsername(WinRmAuthentication auth)
    {
        var problem = Assert.Single(Options(auth, user: null, password: null).Validate());

        Assert.Equal("username", problem.Field);
    }

    [Theory]
    [InlineData(WinRmAuthentication.Ntlm)]
    [InlineData(WinRmAuthentication.Negotiate)]
    [InlineData(WinRmAuthentication.Kerberos)]
    public void Validate_SealingMethodOverHttp_IsAccepted(WinRmAuthentication auth) =>
        Assert.Empty(Options(auth, WinRmScheme.Http).Validate());

    [Theory]
    [InlineData(WinRmAuthentication.Negotiate)]
    [InlineData(WinRmAuthentication.Kerberos)]
    public void Validate_TicketCacheMethodWithoutUser_IsAccepted(WinRmAuthentication auth) =>
        Assert.Empty(Options(auth, user: null, password: null).Validate());

    [Fact]
    public void Validate_UserWithoutPassword_NamesPassword()
    {
        var problem = Assert.Single(Options(password: null).Validate());

        Assert.Equal("password", problem.Field);
    }

    [Fact]
    public void Validate_CaThatIsNotPem_NamesCaCertificateWithoutEchoingIt()
    {
        var problem = Assert.Single(Options(pem: "-----BEGIN CERTIFICATE-----\nnot-base64-Secret\n-----END CERTIFICATE-----").Validate());

        Assert.Equal("caCertificate", problem.Field);
        Assert.DoesNotContain("Secret", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyHost_NamesHost() =>
        Assert.Equal("host", Assert.Single(Options(host: " ").Validate()).Field);

    [Fact]
    public void Validate_Problems_NeverContainThePassword()
    {
        var options = Options(WinRmAuthentication.Basic, WinRmScheme.Http, password: "Sup3r-Secret!");

        Assert.All(options.Validate(), problem => Assert.DoesNotContain("Sup3r-Secret!", problem.Message, StringComparison.Ordinal));
    }
}
