using CertAutoenroll.Provider.Configuration;
using CertAutoenroll.Provider.Tests.Infrastructure;
using CertAutoenroll.WinRm.Connection;

namespace CertAutoenroll.Provider.Tests.Configuration;

/// <summary>In-process: the connection rules CheckConfig reports are the WinRM client's own.</summary>
public sealed class ProviderConfigParserTests
{
    [Fact]
    public void Parse_KerberosOverHttp_IsAcceptedBecauseTheClientSealsIt()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1.lab.test"), ("scheme", "http"), ("auth", "kerberos")));

        Assert.Empty(result.Failures);
        Assert.Equal(WinRmScheme.Http, result.Config!.Connection.Scheme);
    }

    [Fact]
    public void Parse_UserWithoutPassword_FailsNamingPasswordAsTheClientWould()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1"), ("auth", "kerberos"), ("username", "a@LAB.TEST")));

        Assert.Equal("password", Assert.Single(result.Failures).Key);
    }

    [Fact]
    public void Parse_BasicOverHttp_FailsNamingAuthWithTheFix()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1"), ("scheme", "http"), ("auth", "basic"), ("username", "a"), ("password", "Pw-Secret-1")));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("auth", failure.Key);
        Assert.Contains("allowUnencrypted", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Pw-Secret-1", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadPem_FailsNamingTheProviderKey()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1"), ("caCertificate", "not a certificate")));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("caCertificate", failure.Key);
    }

    [Fact]
    public void Parse_NtlmWithoutUser_FailsNamingUsername()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1"), ("auth", "ntlm")));

        Assert.Equal("username", Assert.Single(result.Failures).Key);
    }

    [Fact]
    public void Parse_UnknownUserName_SkipsTheRuleAboutIt()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1"), ("auth", "ntlm"), ("username", Structs.Unknown())));

        Assert.Empty(result.Failures);
        Assert.True(result.HasUnknowns);
    }

    [Fact]
    public void Parse_MissingHost_StillChecksTheOtherRules()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("scheme", "http"), ("auth", "ntlm")));

        Assert.Equal(["host", "username"], result.Failures.Select(f => f.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_GoodKerberosOverHttps_GivesOptions()
    {
        var result = ProviderConfigParser.Parse(Structs.Of(("host", "dc1.lab.test"), ("auth", "kerberos"), ("username", "Administrator@LAB.TEST"), ("password", "p")));

        Assert.Empty(result.Failures);
        Assert.Equal("dc1.lab.test", result.Config!.Connection.Host);
    }
}
