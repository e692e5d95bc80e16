using CertAutoenroll.WinRm.Auth;
using CertAutoenroll.WinRm.Connection;
using CertAutoenroll.WinRm.Encryption;

namespace CertAutoenroll.WinRm.Tests.Auth;

public sealed class WinRmAuthenticatorsTests
{
    private static WinRmConnectionOptions Options(
        WinRmAuthentication auth, WinRmScheme scheme, bool allowUnencrypted = false, string? user = @"LAB\admin", string? tlsServerName = null) => new()
    {
        Host = "dc01.lab.test",
        Scheme = scheme,
        Authentication = auth,
        UserName = user,
        Password = user is null ? null : "pw",
        AllowUnencrypted = allowUnencrypted,
        TlsServerName = tlsServerName,
    };

    [Fact]
    public void From_BasicOverHttpAllowed_GivesPerRequestHeaderAndNoContext()
    {
        var authenticator = WinRmAuthenticators.From(Options(WinRmAuthentication.Basic, WinRmScheme.Http, allowUnencrypted: true));

        Assert.IsType<BasicAuthenticator>(authenticator);
        Assert.Equal("Basic", authenticator.RequestHeader!.Scheme);
        Assert.Equal(Convert.ToBase64String("LAB\\admin:pw"u8.ToArray()), authenticator.RequestHeader.Parameter);
        Assert.Null(authenticator.CreateContext(null));
        Assert.False(authenticator.UsesChannelBinding);
    }

    [Fact]
    public void From_BasicOverHttpWithoutAllowUnencrypted_ThrowsConfigurationErrorNamingField()
    {
        var exception = Assert.Throws<WinRmConfigurationException>(() => WinRmAuthenticators.From(Options(WinRmAuthentication.Basic, WinRmScheme.Http)));

        Assert.Equal("auth", exception.Field);
        Assert.Contains("allowUnencrypted", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_NtlmOverHttp_ContextUsesNegotiateSchemeAndHasNoSealerBeforeCompletion()
    {
        var authenticator = WinRmAuthenticators.From(Options(WinRmAuthentication.Ntlm, WinRmScheme.Http));
        using var context = authenticator.CreateContext(null)!;

        Assert.IsType<NtlmAuthenticator>(authenticator);
        Assert.Null(authenticator.RequestHeader);
        Assert.Equal("Negotiate", context.HeaderScheme);
        Assert.False(context.IsCompleted);
        Assert.Null(context.Sealer);
    }

    [Fact]
    public void From_KerberosOverHttps_ContextUsesKerberosScheme()
    {
        var authenticator = WinRmAuthenticators.From(Options(WinRmAuthentication.Kerberos, WinRmScheme.Https, user: "Administrator@LAB.TEST"));
        using var context = authenticator.CreateContext(null)!;

        Assert.IsType<KerberosAuthenticator>(authenticator);
        Assert.Equal("Kerberos", context.HeaderScheme);
        Assert.True(authenticator.UsesChannelBinding);
    }

    [Fact]
    public void ServicePrincipalName_TlsServerNameGiven_UsesItInsteadOfHost()
    {
        Assert.Equal("HTTP/dc01.lab.test", WinRmAuthenticators.ServicePrincipalName(Options(WinRmAuthentication.Negotiate, WinRmScheme.Https)));
        Assert.Equal(
            "HTTP/dc02.lab.test",
            WinRmAuthenticators.ServicePrincipalName(Options(WinRmAuthentication.Negotiate, WinRmScheme.Https, tlsServerName: "dc02.lab.test")));
    }

    [Theory]
    [InlineData(@"LAB\admin", "admin", "LAB")]
    [InlineData("admin@LAB.TEST", "admin@LAB.TEST", "")]
    public void Credential_UserNameForms_SplitOnlyTheBackslashForm(string user, string expectedUser, string expectedDomain)
    {
        var credential = WinRmAuthenticators.Credential(Options(WinRmAuthentication.Ntlm, WinRmScheme.Https, user: user))!;

        Assert.Equal(expectedUser, credential.UserName);
        Assert.Equal(expectedDomain, credential.Domain);
    }

    [Fact]
    public void EncryptedMessageProtocols_AreTheMsWsmvStrings()
    {
        Assert.Equal("application/HTTP-SPNEGO-session-encrypted", EncryptedMessage.SpnegoProtocol);
        Assert.Equal("application/HTTP-Kerberos-session-encrypted", EncryptedMessage.KerberosProtocol);
    }
}
